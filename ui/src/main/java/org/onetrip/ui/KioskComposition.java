package org.onetrip.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.onetrip.config.Configuration;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of a running kiosk: turns a validated configuration into the core
 * services, their presentation models and the window over them. Everything is built here, by
 * constructor, once; nothing is looked up globally.
 */
public final class KioskComposition implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KioskComposition.class);

    private final ShellSettings shellSettings;
    private final Clock clock;
    private final ScheduledExecutorService timers;
    private final KioskShell shell;

    /**
     * @param configuration a configuration that passed validation
     * @param kioskMode full screen with no way out; {@code false} for a development window
     * @param clock the kiosk's time
     */
    public KioskComposition(Configuration configuration, boolean kioskMode, Clock clock) {
        Objects.requireNonNull(configuration, "configuration");
        this.clock = Objects.requireNonNull(clock, "clock");
        KioskSettings kiosk = configuration.kiosk();
        this.shellSettings = new ShellSettings(kioskMode,
                kiosk.identity().hallName().zh(), kiosk.identity().hallName().en(),
                kiosk.locales().defaultLocale(),
                kiosk.timeouts().inactivity(), kiosk.timeouts().warning());
        this.timers = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kiosk-shell-timers");
            thread.setDaemon(true);
            return thread;
        });
        this.shell = new KioskShell(shellSettings.sessionTimeouts(), shellSettings.defaultLanguage(), clock,
                new ExecutorScheduler(timers));
    }

    public KioskShell shell() {
        return shell;
    }

    /**
     * Starts JavaFX and opens the kiosk window. Returns at once; the future completes when the
     * window is closed (a development window can be; the kiosk-mode window refuses).
     */
    public CompletableFuture<Void> open() {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHiding(hiding -> closed.complete(null));
            new KioskWindow(shell, shellSettings, clock).show(stage);
            log.info("kiosk window open ({} mode)", shellSettings.kioskMode() ? "kiosk" : "windowed");
        });
        return closed;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        Platform.exit();
    }
}
