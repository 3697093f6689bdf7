package org.onetrip.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.Timeouts;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.testfx.api.FxRobot;

/**
 * The demo kiosk as {@code ./onetrip demo} composes it (the shipped configuration, every device
 * simulated over its real protocol), its data in a folder of the test's, the reference backend on
 * loopback over mutual TLS with the kiosk enrolled by a one-time code, and its window open. Open
 * it on the FX thread.
 */
final class ComposedKiosk {

    final ReferenceBackend backend;
    final KioskComposition kiosk;
    final Stage stage;
    final Scene scene;

    private ComposedKiosk(Path data, Timeouts timeouts) {
        // the reference backend's HTTP server answers at once only with Nagle off
        System.setProperty("sun.net.httpserver.nodelay", "true");
        backend = new ReferenceBackend();
        backend.start(0, data.resolve("backend"));
        Configuration shipped = new ConfigurationLoader().load(Path.of("../conf"));
        Configuration here = new Configuration(shipped.kiosk().withTimeouts(timeouts).withDataDirectory(data)
                .withBackend(BackendSettings.trusting(backend.baseUri(), backend.authorityCertificateFile())
                        .withSealingKeys(java.util.List.of(backend.sealingKeys().current().kid()))),
                shipped.catalog());
        KioskEnrolment.enrolUnlessRecognised(here.kiosk(), data,
                () -> backend.issueEnrolmentCode(here.kiosk().identity().id()).code(), backend::recognises);
        kiosk = new KioskComposition(here, Path.of("../conf"), data, false, Clock.systemUTC());
        ShellSettings settings = new ShellSettings(false, "南山区政务服务中心", "Nanshan Service Hall",
                Locale.SIMPLIFIED_CHINESE, timeouts.inactivity(), timeouts.warning());
        stage = new Stage();
        new KioskWindow(kiosk.models(), settings, kiosk.clock()).show(stage);
        scene = stage.getScene();
    }

    /** With the shipped time-outs made long enough for a walk on a busy machine. */
    static ComposedKiosk open(Path data) {
        Timeouts shipped = new ConfigurationLoader().load(Path.of("../conf")).kiosk().timeouts();
        return open(data, new Timeouts(Duration.ofMinutes(5), Duration.ofSeconds(30), shipped.cardRead(),
                shipped.deviceCommand(), shipped.backendCall()));
    }

    static ComposedKiosk open(Path data, Timeouts timeouts) {
        return new ComposedKiosk(data, timeouts);
    }

    void close(FxRobot robot) {
        robot.interact(stage::hide);
        kiosk.close();
        backend.close();
    }
}
