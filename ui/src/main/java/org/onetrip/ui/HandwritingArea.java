package org.onetrip.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.onetrip.kiosk.input.Handwriting;
import org.onetrip.kiosk.input.HandwritingPad;
import org.onetrip.kiosk.input.HandwritingView;

/**
 * The square the citizen writes on with a finger. It only draws the pad's strokes and passes the
 * finger on (touches reach it as mouse events); the pad recognises off the FX thread and the
 * candidates go to {@code onRecognised}, on the FX thread, while they still match the pad.
 */
final class HandwritingArea extends StackPane {

    static final int SIZE = 440;

    private final HandwritingPad pad;
    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final Consumer<HandwritingView> onRecognised;

    HandwritingArea(HandwritingPad pad, Consumer<HandwritingView> onRecognised) {
        this.pad = pad;
        this.onRecognised = onRecognised;
        setId("handwriting-pad");
        getStyleClass().add("handwriting-pad");
        setMinSize(SIZE, SIZE);
        setMaxSize(SIZE, SIZE);
        getChildren().add(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, press -> {
            pad.penDown(press.getX(), press.getY());
            draw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag -> {
            pad.penMove(drag.getX(), drag.getY());
            draw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, release -> {
            pad.penMove(release.getX(), release.getY());
            shown(pad.penUp());
        });
        draw();
    }

    /** Takes back the last stroke and recognises again. */
    void undoStroke() {
        shown(pad.undoStroke());
    }

    /** Wipes the pad. */
    void clear() {
        onRecognised.accept(pad.clear());
        draw();
    }

    /** Takes a candidate the citizen tapped: its text for the field, and the pad wiped. */
    String choose(HandwritingView shown, int index) {
        String chosen = pad.choose(shown, index).committed();
        draw();
        if (!chosen.isEmpty()) {
            onRecognised.accept(new HandwritingView(pad.writing(), java.util.List.of(), ""));
        }
        return chosen;
    }

    private void shown(java.util.concurrent.CompletableFuture<HandwritingView> recognised) {
        draw();
        recognised.thenAccept(view -> Platform.runLater(() -> {
            if (pad.isCurrent(view)) {
                onRecognised.accept(view);
            }
        }));
    }

    private void draw() {
        GraphicsContext pen = canvas.getGraphicsContext2D();
        pen.setFill(Color.WHITE);
        pen.fillRect(0, 0, SIZE, SIZE);
        pen.setStroke(Color.gray(0.85));
        pen.setLineWidth(2);
        pen.setLineDashes(8, 8);
        pen.strokeLine(SIZE / 2.0, 0, SIZE / 2.0, SIZE);
        pen.strokeLine(0, SIZE / 2.0, SIZE, SIZE / 2.0);
        pen.setLineDashes();
        pen.setStroke(Color.BLACK);
        pen.setLineWidth(12);
        pen.setLineCap(StrokeLineCap.ROUND);
        pen.setLineJoin(StrokeLineJoin.ROUND);
        for (Handwriting.Stroke stroke : pad.writing().strokes()) {
            pen.beginPath();
            Handwriting.Point first = stroke.points().get(0);
            pen.moveTo(first.x(), first.y());
            stroke.points().forEach(point -> pen.lineTo(point.x(), point.y()));
            pen.stroke();
        }
    }
}
