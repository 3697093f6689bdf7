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
                + " after every step) in one fresh JVM (Monocle headless glass, software rendering with its texture"
                + " pool capped at 128 MB, soft references cleared at each collection); heap after a full collection and live threads every "
                + SoakDay.SAMPLE_EVERY + " sessions, drift measured from sample " + WARM_UP_SAMPLES + " on.";
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
                        Long.parseLong(line[5])});
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
            figures.add(new Figure("violations found", day[2], "count", "each a broken promise; see ./onetrip day"));
        } else {
            long[] reached = samples.isEmpty() ? new long[] {0, 0, 0, 0} : samples.get(samples.size() - 1);
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
            figures.add(new Figure("heap after full GC at session " + sample[0], sample[1], "MiB",
                    "live threads " + sample[2]));
        }
        if (samples.size() > WARM_UP_SAMPLES) {
            long[] first = samples.get(WARM_UP_SAMPLES - 1);
            long[] last = samples.get(samples.size() - 1);
            figures.add(new Figure("heap drift after warm-up", 100.0 * (last[1] - first[1]) / Math.max(1, first[1]), "%",
                    "sessions " + first[0] + " to " + last[0] + "; goal: under 5 %"));
            figures.add(new Figure("live thread growth after warm-up", last[2] - first[2], "threads",
                    "sessions " + first[0] + " to " + last[0] + "; goal: none"));
        }
        return figures;
    }
}
