package org.onetrip.bench.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.kiosk.input.ChineseInput;
import org.onetrip.kiosk.input.HandwritingPad;
import org.onetrip.kiosk.input.HandwritingView;
import org.onetrip.kiosk.input.PinyinComposition;
import org.onetrip.kiosk.input.PinyinView;

/**
 * `./onetrip bench --only chinese-input`: how soon the on-screen keyboard has something to show.
 * From a letter key to its candidates (the Rime engine's, by frequency, with the Unihan rare ones
 * appended), from a finger lifted to the handwriting candidates (zinnia), and the engines' start
 * in a fresh data directory (schema deployed, Unihan readings read). The keyboard's goal is 50 ms
 * from key to candidates.
 */
public final class ChineseInputFigures implements Benchmark {

    /** What citizens type in the kiosk's forms: names, places, addresses. */
    private static final List<String> WORDS = List.of("guangzhoushi", "zhangwei", "beijingshi", "dongchengqu",
            "jingshanqianjie", "liuyan", "wangxiaoming", "shenzhen", "zhongguo", "shi", "yan", "lv");
    private static final int ROUNDS = 20;

    @Override
    public String name() {
        return "chinese-input";
    }

    @Override
    public String description() {
        return "Chinese input on the on-screen keyboard: a letter key to its pinyin candidates (Rime, Luna Pinyin"
                + " simplified, with the Unihan rare characters) over " + ROUNDS + " rounds of " + WORDS.size()
                + " names and places, median and p95; a lifted finger to the handwriting candidates (zinnia, Tegaki"
                + " model); the engines' start in a fresh data directory.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path data = Files.createTempDirectory("onetrip-bench-input-");
        List<Figure> figures = new ArrayList<>();
        try {
            long start = System.nanoTime();
            try (ChineseInput input = ChineseInput.start(data)) {
                input.ready().join();
                figures.add(new Figure("engines ready from a fresh directory", (System.nanoTime() - start) / 1e6, "ms",
                        "schema deployed into the data directory and Unihan readings read, off the screen's thread"));
                PinyinComposition pinyin = input.pinyin();
                List<Long> keys = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    for (String word : WORDS) {
                        for (char letter : word.toCharArray()) {
                            long asked = System.nanoTime();
                            PinyinView view = pinyin.type(letter).join();
                            keys.add(System.nanoTime() - asked);
                            if (view.candidates().isEmpty()) {
                                throw new IllegalStateException("no candidates for " + view.composing());
                            }
                        }
                        pinyin.clear().join();
                    }
                }
                figures.addAll(percentiles("letter key to pinyin candidates", keys,
                        keys.size() + " key presses on the engine's thread, warm"));
                List<Long> strokes = new ArrayList<>();
                HandwritingPad pad = input.pad(400);
                for (int round = 0; round < ROUNDS * 5; round++) {
                    pad.clear();
                    stroke(pad, 60, 180, 340, 180);
                    long lifted = System.nanoTime();
                    HandwritingView view = stroke(pad, 200, 40, 200, 370);
                    strokes.add(System.nanoTime() - lifted);
                    if (!view.candidates().contains("十")) {
                        throw new IllegalStateException("the cross was not read as 十: " + view.candidates());
                    }
                }
                figures.addAll(percentiles("finger lifted to handwriting candidates", strokes,
                        strokes.size() + " two-stroke characters, warm"));
            }
        } finally {
            delete(data);
        }
        return figures;
    }

    private static HandwritingView stroke(HandwritingPad pad, double fromX, double fromY, double toX, double toY) {
        pad.penDown(fromX, fromY);
        for (int step = 1; step <= 10; step++) {
            pad.penMove(fromX + (toX - fromX) * step / 10, fromY + (toY - fromY) * step / 10);
        }
        return pad.penUp().join();
    }

    private static List<Figure> percentiles(String name, List<Long> nanos, String how) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        String range = "; min " + String.format("%.2f", sorted.get(0) / 1e6) + " ms, max "
                + String.format("%.1f", sorted.get(sorted.size() - 1) / 1e6) + " ms";
        return List.of(new Figure(name + ", median", median, "ms", how + range),
                new Figure(name + ", p95", p95, "ms", how));
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
