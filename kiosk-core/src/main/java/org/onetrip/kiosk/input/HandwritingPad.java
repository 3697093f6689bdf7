package org.onetrip.kiosk.input;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writing a character by finger: strokes are collected as the finger moves, every finished stroke
 * asks the recogniser again, and a chosen candidate goes to the text and clears the pad. Used from
 * one thread (the screen's); recognition runs on the recogniser's thread on a copy of the strokes,
 * and a result arriving after the pad changed again is told apart by {@link #isCurrent}.
 */
public final class HandwritingPad {

    private final ZinniaRecognizer recognizer;
    private final int size;
    private final List<Handwriting.Stroke> strokes = new ArrayList<>();
    private List<Handwriting.Point> stroke;

    /** A pad of {@code size} by {@code size} units. */
    public HandwritingPad(ZinniaRecognizer recognizer, int size) {
        this.recognizer = recognizer;
        this.size = size;
        if (size <= 0) {
            throw new IllegalArgumentException("a writing pad has a positive size, not " + size);
        }
    }

    /** The finger touches the pad: a stroke begins. Points are clamped into the pad. */
    public void penDown(double x, double y) {
        stroke = new ArrayList<>();
        stroke.add(point(x, y));
    }

    /** The finger moves while touching; ignored without {@link #penDown} first. */
    public void penMove(double x, double y) {
        if (stroke != null) {
            stroke.add(point(x, y));
        }
    }

    /** The finger leaves the pad: the stroke is written and the strokes so far are recognised. */
    public CompletableFuture<HandwritingView> penUp() {
        if (stroke == null) {
            return CompletableFuture.completedFuture(view(""));
        }
        strokes.add(new Handwriting.Stroke(stroke));
        stroke = null;
        return recognise();
    }

    /** Takes back the last stroke. */
    public CompletableFuture<HandwritingView> undoStroke() {
        stroke = null;
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
        }
        return recognise();
    }

    /**
     * Takes a candidate of the shown view: it goes to the text and the pad is cleared. A candidate
     * the view did not offer, or a view no longer current, changes nothing.
     */
    public HandwritingView choose(HandwritingView shown, int index) {
        if (!isCurrent(shown) || index < 0 || index >= shown.candidates().size()) {
            return view("");
        }
        String chosen = shown.candidates().get(index);
        clear();
        return view(chosen);
    }

    /** Wipes the pad. */
    public HandwritingView clear() {
        strokes.clear();
        stroke = null;
        return view("");
    }

    /** The pad as it is now, the stroke being drawn included. */
    public Handwriting writing() {
        List<Handwriting.Stroke> all = new ArrayList<>(strokes);
        if (stroke != null) {
            all.add(new Handwriting.Stroke(stroke));
        }
        return new Handwriting(size, all);
    }

    /** Whether a view still shows the pad as it is: a later stroke or a choice makes earlier views stale. */
    public boolean isCurrent(HandwritingView view) {
        return view.writing().strokes().equals(strokes) && stroke == null;
    }

    private CompletableFuture<HandwritingView> recognise() {
        Handwriting writing = new Handwriting(size, strokes);
        return recognizer.recognise(writing).thenApply(found -> new HandwritingView(writing, found, ""));
    }

    private HandwritingView view(String committed) {
        return new HandwritingView(new Handwriting(size, strokes), List.of(), committed);
    }

    private Handwriting.Point point(double x, double y) {
        return new Handwriting.Point(Math.max(0, Math.min(size, x)), Math.max(0, Math.min(size, y)));
    }
}
