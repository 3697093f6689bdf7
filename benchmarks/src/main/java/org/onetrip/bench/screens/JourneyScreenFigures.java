package org.onetrip.bench.screens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/**
 * `./onetrip bench --only journey-screens`: {@link JourneyScreensBenchmark} in a headless JavaFX JVM
 * of its own, summarised per screen against the goal of a next screen within 100 ms of a touch.
 */
public final class JourneyScreenFigures implements Benchmark {

    static final double GOAL_MS = 100;
    private static final int WARM_UP = 2;
    private static final int WALKS = 10;

    private final Path configDirectory;

    public JourneyScreenFigures(Path configDirectory) {
        this.configDirectory = configDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "journey-screens";
    }

    @Override
    public String description() {
        return "Touch to next screen drawn while filing an application on the composed demo kiosk (shipped conf/, "
                + "simulated devices, reference backend on loopback, 1080x1920 window on Monocle's headless glass, "
                + "software rendering): li-xiuying files MZJ-GLJTSL with two materials by electronic licence and "
                + "one scanned page. Each touch is a mouse press, release and click dispatched to the control on the "
                + "FX thread (not through glass's picking, no scrolling); timed from just before the press to the end "
                + "of layout of the first pulse at which the next screen's node is visible and sized (painting that "
                + "frame is not included). " + WALKS + " walks after " + WARM_UP + " warm-up walks in one JVM; value "
                + "is the median; goal 100 ms.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Map<String, List<Double>> byLabel = new LinkedHashMap<>();
        Map<String, String> waitsOn = new LinkedHashMap<>();
        for (String[] result : HeadlessFxJvm.run(JourneyScreensBenchmark.class, Duration.ofMinutes(5),
                configDirectory.toString(), Integer.toString(WARM_UP), Integer.toString(WALKS)).results()) {
            byLabel.computeIfAbsent(result[1], label -> new ArrayList<>()).add(Double.parseDouble(result[3]));
            waitsOn.put(result[1], result[2]);
        }
        if (byLabel.isEmpty()) {
            throw new IllegalStateException("the walk reported nothing");
        }
        List<Figure> figures = new ArrayList<>();
        String slowest = null;
        double slowestMax = 0;
        for (Map.Entry<String, List<Double>> entry : byLabel.entrySet()) {
            Timings timings = new Timings(entry.getValue());
            String work = waitsOn.get(entry.getKey());
            boolean goal = work.isEmpty();
            String note = String.format(Locale.ROOT, "max %.1f ms; %d walks; ", timings.max(), timings.count())
                    + (goal ? String.format(Locale.ROOT, "%.2f (median) and %.2f (max) of the 100 ms goal",
                            timings.median() / GOAL_MS, timings.max() / GOAL_MS)
                            : "waits for " + work + ": not held to the goal");
            figures.add(new Figure(entry.getKey(), timings.median(), "ms", note));
            if (goal && timings.max() >= slowestMax) {
                slowestMax = timings.max();
                slowest = entry.getKey();
            }
        }
        figures.add(new Figure("slowest touch to next screen, max", slowestMax, "ms",
                String.format(Locale.ROOT, "%s; %.2f of the 100 ms goal", slowest, slowestMax / GOAL_MS)));
        return figures;
    }
}
