package org.onetrip.day;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * JavaFX on Monocle's headless glass with software rendering, the kiosk's portrait screen: no
 * display needed. Started once per process; the toolkit outlives every kiosk composed on it.
 */
final class HeadlessScreen {

    private static final Map<String, String> PROPERTIES = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "headless.geometry", "1080x1920-32",
            "prism.order", "sw",
            "prism.text", "t2k",
            // GPU pipelines pool textures up to this much; the software pipeline's pool counts nothing (see Vitals)
            "prism.maxvram", "128m",
            "java.awt.headless", "true",
            // the reference backend's HTTP server answers at once instead of after a delayed ACK
            "sun.net.httpserver.nodelay", "true");

    private static final Object STARTING = new Object();
    // JavaFX starts once per process: this mirrors the toolkit's own process-wide state
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private HeadlessScreen() {
    }

    /**
     * Starts the toolkit if this process has not yet; blocks up to 30 s.
     *
     * @throws IllegalStateException if it did not start in time
     */
    static void start() {
        synchronized (STARTING) {
            if (STARTED.get()) {
                return;
            }
            PROPERTIES.forEach((key, value) -> {
                if (System.getProperty(key) == null) {
                    System.setProperty(key, value);
                }
            });
            CountDownLatch up = new CountDownLatch(1);
            try {
                Platform.startup(up::countDown);
            } catch (IllegalStateException alreadyRunning) {
                up.countDown();
            }
            try {
                if (!up.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the headless screen did not start in 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the headless screen started", e);
            }
            // kiosks come and go over the day: closing one's window must not end the toolkit
            Platform.setImplicitExit(false);
            STARTED.set(true);
        }
    }
}
