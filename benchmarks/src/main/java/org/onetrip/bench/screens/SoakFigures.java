package org.onetrip.bench.screens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/**
 * `./onetrip bench --only soak [--soak-sessions N]`: weeks of a busy kiosk in one process. A day of
 * at least 2,000 citizen sessions ({@code ./onetrip day}, every check on) in a fresh headless JavaFX
 * JVM; the heap after a full collection and the live threads sampled every 100 sessions; wall time
 * per session. After warm-up (from the second sample on) the heap should drift under 5 % and the
 * threads not grow. A day that dies (out of memory) still reports the samples it took.
 */
public final class SoakFigures implements Benchmark {

    /** The fewest sessions a soak runs. */
    public static final int DEFAULT_SESSIONS = 2_000;
    private static final int WARM_UP_SAMPLES = 2;
    private static final long SEED = 20_261_207L;

    private final Path configDirectory;
    private final int sessions;

    public SoakFigures(Path configDirectory, int sessions) {
        this.configDirectory = configDirectory.toAbsolutePath().normalize();
        this.sessions = sessions;
    }

    @Override
    public String name() {
        return "soak";
    }

    @Override
    public String description() {
        return "Soak: " + sessions + " citizen sessions of ./onetrip day (seed " + SEED + ", backend online, every check"
                + " after every step) in one fresh JVM with " + SoakChild.HEAP + " (Monocle headless glass, software"
                + " rendering); every " + SoakDay.SAMPLE_EVERY + " sessions the heap after a full collection, the heap"
                + " once softly held caches went (collections repeated on the screen's thread, soft references"
                + " untouched since the one before cleared) and live threads; drift measured from sample "
                + WARM_UP_SAMPLES + " on, on the heap once caches went. The heap after one full collection"
                + " includes JavaFX's effect image pool, which on the software pipeline lives on the heap, is not"
                + " limited by prism.maxvram, and is held by soft references touched at every drawn effect: it"
                + " grows with free heap and is bounded only by the heap limit.";
    }

    @Override
    public List<Figure> run() throws Exception {
        // about 3 s a session on two cores, with room for a slow machine
        Duration limit = Duration.ofSeconds(60L + 12L * sessions);
        SoakChild.Ran child = SoakChild.run(limit, configDirectory.toString(), String.valueOf(sessions),
                String.valueOf(SEED));
        List<long[]> samples = new ArrayList<>();
        long[] day = null;
        for (String[] line : child.results()) {
            if (line[1].equals("sample")) {
                samples.add(new long[] {Long.parseLong(line[2]), Long.parseLong(line[3]), Long.parseLong(line[4]),
                        Long.parseLong(line[5]), Long.parseLong(line[6])});
            } else if (line[1].equals("day")) {
                day = new long[] {Long.parseLong(line[2]), Long.parseLong(line[3]), Long.parseLong(line[4]),
                        Long.parseLong(line[5])};
            }
        }
        List<Figure> figures = new ArrayList<>();
        if (day != null) {
            double msPerSession = (double) day[3] / day[0];
            figures.add(new Figure("sessions", day[0], "sessions", day[1] + " steps, every check after each"));
            figures.add(new Figure("wall time per session", msPerSession, "ms", "mean over the whole day, checks included"));
            figures.add(new Figure("10,000 sessions, estimated", msPerSession * 10_000 / 60_000, "min",
                    "from the rate of this run"));
            figures.add(new Figure("violations found", day[2], "count", "each a broken promise; see ./onetrip day"
                    + (child.violations().isEmpty() ? "" : "; first: " + inCell(child.violations().get(0)))));
        } else {
            long[] reached = samples.isEmpty() ? new long[] {0, 0, 0, 0, 0} : samples.get(samples.size() - 1);
            figures.add(new Figure("sessions before the day ended early", reached[0], "sessions",
                    "the day did not finish: " + child.ending()));
            if (reached[0] > 0) {
                double msPerSession = (double) reached[3] / reached[0];
                figures.add(new Figure("wall time per session", msPerSession, "ms", "mean up to the last sample"));
                figures.add(new Figure("10,000 sessions, estimated", msPerSession * 10_000 / 60_000, "min",
                        "from the rate up to the last sample, had the heap held"));
            }
        }
        for (long[] sample : samples) {
            figures.add(new Figure("heap once caches went at session " + sample[0], sample[4], "MiB",
                    "after one full collection " + sample[1] + " MiB; live threads " + sample[2]));
        }
        if (samples.size() > WARM_UP_SAMPLES) {
            List<long[]> warm = samples.subList(WARM_UP_SAMPLES - 1, samples.size());
            long[] first = warm.get(0);
            long[] last = warm.get(warm.size() - 1);
            String span = "sessions " + first[0] + " to " + last[0];
            long heapLow = warm.stream().mapToLong(sample -> sample[4]).min().orElseThrow();
            long heapHigh = warm.stream().mapToLong(sample -> sample[4]).max().orElseThrow();
            figures.add(new Figure("heap drift after warm-up", 100.0 * (last[4] - first[4]) / Math.max(1, first[4]), "%",
                    span + ", heap once caches went, " + first[4] + " to " + last[4] + " MiB (lowest " + heapLow
                            + ", highest " + heapHigh + "); goal: under 5 %"));
            figures.add(new Figure("heap after one full collection, highest after warm-up",
                    warm.stream().mapToLong(sample -> sample[1]).max().orElseThrow(), "MiB",
                    span + "; lowest " + warm.stream().mapToLong(sample -> sample[1]).min().orElseThrow()
                            + " MiB; the effect image pool comes and goes within the heap limit"));
            long threadsLow = warm.stream().mapToLong(sample -> sample[2]).min().orElseThrow();
            long threadsHigh = warm.stream().mapToLong(sample -> sample[2]).max().orElseThrow();
            figures.add(new Figure("live thread growth after warm-up", last[2] - first[2], "threads",
                    span + ", " + first[2] + " to " + last[2] + " (lowest " + threadsLow + ", highest " + threadsHigh
                            + "); goal: none"));
        }
        return figures;
    }

    /** A violation's JSON as it fits in a table cell of BENCHMARKS.md: no pipes, at most 300 characters. */
    private static String inCell(String json) {
        String cell = json.replace("|", "\\|");
        return cell.length() > 300 ? cell.substring(0, 300) + "…" : cell;
    }
}
