package org.onetrip.bench.screens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/** `./onetrip bench --only startup`: {@link StartupToAttract}, each start in a fresh headless JavaFX JVM. */
public final class StartupFigures implements Benchmark {

    private static final int STARTS = 5;

    private final Path configDirectory;

    public StartupFigures(Path configDirectory) {
        this.configDirectory = configDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "Start-up to the attract screen: a fresh JVM (same JDK, the benchmarks' class path, Monocle headless "
                + "glass, software rendering) loads and validates the shipped conf/, composes the kiosk with its "
                + "simulated devices (no backend running) and opens the window, timed to the end of layout of the "
                + "first pulse showing the attract screen. " + STARTS + " starts, one after another.";
    }

    @Override
    public List<Figure> run() throws Exception {
        List<Double> fromJvmStart = new ArrayList<>();
        List<Double> fromLaunch = new ArrayList<>();
        List<Double> toMain = new ArrayList<>();
        for (int start = 0; start < STARTS; start++) {
            HeadlessFxJvm.Finished child = HeadlessFxJvm.run(StartupToAttract.class, Duration.ofMinutes(2),
                    configDirectory.toString());
            if (child.results().size() != 1) {
                throw new IllegalStateException("a start reported " + child.results().size() + " results");
            }
            String[] times = child.results().get(0);
            long jvmStart = Long.parseLong(times[1]);
            long main = Long.parseLong(times[2]);
            long attract = Long.parseLong(times[3]);
            fromJvmStart.add((double) (attract - jvmStart));
            fromLaunch.add((double) (attract - child.launchedAtMillis()));
            toMain.add((double) (main - jvmStart));
        }
        Timings jvm = new Timings(fromJvmStart);
        Timings launch = new Timings(fromLaunch);
        Timings main = new Timings(toMain);
        String starts = STARTS + " starts";
        return List.of(
                new Figure("JVM start to attract screen, median", jvm.median(), "ms",
                        starts + "; from RuntimeMXBean.getStartTime()"),
                new Figure("JVM start to attract screen, max", jvm.max(), "ms", starts),
                new Figure("process launch to attract screen, median", launch.median(), "ms",
                        String.format(Locale.ROOT, "%s; max %.0f ms; from just before the runner starts the process",
                                starts, launch.max())),
                new Figure("of which JVM start to main(), median", main.median(), "ms",
                        String.format(Locale.ROOT, "%s; max %.0f ms", starts, main.max())));
    }
}
