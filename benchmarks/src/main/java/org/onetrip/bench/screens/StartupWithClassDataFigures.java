package org.onetrip.bench.screens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;

/**
 * `./onetrip bench --only startup-cds`: {@link StartupToAttract} with and without the class data
 * sharing archive the installed package makes (onetrip-release cds): the classes one start loads
 * up to the attract screen are listed (-XX:DumpLoadedClassList, as ./onetrip package does), archived
 * for this JVM (-Xshare:dump), and the starts alternate between the archive and none, so a busy
 * machine slows both alike.
 */
public final class StartupWithClassDataFigures implements Benchmark {

    private static final int STARTS = 5;

    private final Path configDirectory;

    public StartupWithClassDataFigures(Path configDirectory) {
        this.configDirectory = configDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String name() {
        return "startup-cds";
    }

    @Override
    public String description() {
        return "Start-up to the attract screen as in startup, with the application class data sharing archive the "
                + "Debian package builds (classes listed by one start, archived with -Xshare:dump for this JVM) and "
                + "without it, " + STARTS + " starts each, alternating. CPU time is the process's own, user and "
                + "system, up to the attract screen: it moves less than wall time on a shared machine.";
    }

    @Override
    public List<Figure> run() throws Exception {
        Path work = Files.createTempDirectory("onetrip-cds-bench");
        try {
            Path classes = work.resolve("classes.lst");
            Path archive = work.resolve("onetrip.jsa");
            HeadlessFxJvm.run(StartupToAttract.class, Duration.ofMinutes(2),
                    List.of("-XX:DumpLoadedClassList=" + classes), configDirectory.toString());
            dump(classes, archive);
            List<String> withArchive = List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            List<Double> plainWall = new ArrayList<>();
            List<Double> plainCpu = new ArrayList<>();
            List<Double> sharedWall = new ArrayList<>();
            List<Double> sharedCpu = new ArrayList<>();
            for (int start = 0; start < STARTS; start++) {
                measure(List.of(), plainWall, plainCpu);
                measure(withArchive, sharedWall, sharedCpu);
            }
            Timings pw = new Timings(plainWall);
            Timings sw = new Timings(sharedWall);
            Timings pc = new Timings(plainCpu);
            Timings sc = new Timings(sharedCpu);
            String starts = STARTS + " starts";
            return List.of(
                    new Figure("with the archive: JVM start to attract screen, median", sw.median(), "ms",
                            String.format(Locale.ROOT, "%s; max %.0f ms", starts, sw.max())),
                    new Figure("without: JVM start to attract screen, median", pw.median(), "ms",
                            String.format(Locale.ROOT, "%s; max %.0f ms", starts, pw.max())),
                    new Figure("with the archive: CPU time to attract screen, median", sc.median(), "ms",
                            String.format(Locale.ROOT, "%s; max %.0f ms", starts, sc.max())),
                    new Figure("without: CPU time to attract screen, median", pc.median(), "ms",
                            String.format(Locale.ROOT, "%s; max %.0f ms", starts, pc.max())),
                    new Figure("archive size", Files.size(archive) / (1024.0 * 1024.0), "MiB",
                            Files.readAllLines(classes).size() + " classes listed"));
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void measure(List<String> options, List<Double> wall, List<Double> cpu) throws Exception {
        HeadlessFxJvm.Finished child = HeadlessFxJvm.run(StartupToAttract.class, Duration.ofMinutes(2), options,
                configDirectory.toString());
        if (child.results().size() != 1) {
            throw new IllegalStateException("a start reported " + child.results().size() + " results");
        }
        String[] times = child.results().get(0);
        wall.add((double) (Long.parseLong(times[3]) - Long.parseLong(times[1])));
        cpu.add((double) Long.parseLong(times[4]));
    }

    /** As onetrip-release cds does it on the kiosk. */
    private static void dump(Path classes, Path archive) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive,
                "-cp", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("onetrip-cds-dump", ".log");
        try {
            Process dump = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!dump.waitFor(3, TimeUnit.MINUTES)) {
                dump.destroyForcibly().waitFor();
                throw new IllegalStateException("-Xshare:dump did not finish in 3 minutes");
            }
            if (dump.exitValue() != 0 || !Files.exists(archive)) {
                throw new IllegalStateException("-Xshare:dump failed: " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
