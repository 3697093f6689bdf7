package org.onetrip.bench.screens;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.launcher.logging.LogSetup;
import org.onetrip.ui.KioskComposition;

/**
 * One start of the kiosk as `./onetrip run` does it (load and validate the configuration, log to
 * the data directory, compose the kiosk, open its window), timed from the JVM's start to the end
 * of layout of the first pulse at which the attract screen is visible. Run by
 * {@link StartupFigures} in a fresh JVM each time; prints the wall-clock times, in milliseconds
 * since the epoch, of the JVM's start, of entering main and of the attract screen, and the
 * process's CPU time up to the attract screen in milliseconds.
 *
 * <p>Arguments: {@code CONF_DIR}.
 */
public final class StartupToAttract {

    private StartupToAttract() {
    }

    public static void main(String[] args) throws Exception {
        long mainAt = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path conf = Path.of(args[0]);
        Path data = Files.createTempDirectory("onetrip-startup-bench");
        try {
            CompletableFuture<Long> attractAt = new CompletableFuture<>();
            FirstWindow.watch(scene -> scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (!attractAt.isDone() && OnScreen.shown("#attract").test(scene)) {
                        attractAt.complete(System.currentTimeMillis());
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                    }
                }
            }));
            Configuration configuration = new ConfigurationLoader().load(conf);
            LogSetup.toDataDirectory(data);
            try (KioskComposition kiosk = new KioskComposition(configuration, conf, data, false,
                    Clock.systemDefaultZone())) {
                kiosk.open();
                long attract = attractAt.get(1, TimeUnit.MINUTES);
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                System.out.println(String.join("\t", HeadlessFxJvm.RESULT, Long.toString(jvmStart),
                        Long.toString(mainAt), Long.toString(attract), Long.toString(cpu)));
            }
        } finally {
            delete(data);
        }
        // the figures are out: do not wait on any thread the kiosk leaves behind
        System.exit(0);
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
