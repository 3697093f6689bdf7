package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.Timeouts;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A citizen walks away in the middle of the form: the session times out, the screen returns to
 * the start, and what they typed and scanned is gone, on the screen and on the disk.
 */
@ExtendWith(ApplicationExtension.class)
class FilingTimeOutScreenTest {

    @TempDir
    static Path data;

    private ComposedKiosk composed;
    private KioskComposition kiosk;
    private Scene scene;

    @Start
    void start(Stage primary) {
        Timeouts shipped = new ConfigurationLoader().load(Path.of("../conf")).kiosk().timeouts();
        // short enough to wait for here; the shipped kiosk waits a minute
        composed = ComposedKiosk.open(data, new Timeouts(Duration.ofSeconds(8), Duration.ofSeconds(3), shipped.cardRead(),
                shipped.deviceCommand(), shipped.backendCall()));
        kiosk = composed.kiosk;
        scene = composed.scene;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        composed.close(robot);
    }

    @Test
    void walkingAwayMidFormWipesTheAnswersAndTheScans(FxRobot robot) throws Exception {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");
        kiosk.idCardSimulator().orElseThrow().placeCard("zhang-wei");
        waitFor(robot, "#chooser");
        robot.clickOn("#group-RSJ");
        robot.clickOn("#choice-RSJ-SBKSL");
        robot.clickOn("#start-filing");
        waitFor(robot, "#filing-form");
        robot.interact(() -> field(robot, "MOBILE").setText("13912345678"));
        robot.interact(() -> field(robot, "MAILING_ADDRESS").setText("北京市东城区景山前街4号"));
        robot.clickOn("#to-materials");
        waitFor(robot, "#filing-materials");
        kiosk.scannerSimulator().orElseThrow().loadFeeder(List.of(SimulatedPage.DOCUMENT));
        robot.clickOn("#scan-ID_PHOTO");
        waitUntil(() -> pagesOnDisk() > 0);
        waitFor(robot, "#scan-ID_PHOTO");
        robot.clickOn("#filing-back");
        waitFor(robot, "#filing-form");
        new Screenshots(robot).save(scene, "49-filing-before-time-out-zh");

        // nobody touches the screen: the warning, then the end of the session
        waitFor(robot, "#attract");
        new Screenshots(robot).save(scene, "49-filing-after-time-out-zh");
        assertThat(robot.lookup("#filing").tryQuery().map(Node::isVisible)).as("no filing left on screen")
                .isNotEqualTo(java.util.Optional.of(true));
        waitUntil(() -> pagesOnDisk() == 0);

        // the next citizen starts afresh: only their own card's answers are filled in
        kiosk.idCardSimulator().orElseThrow().removeCard();
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");
        kiosk.idCardSimulator().orElseThrow().placeCard("wang-fang");
        waitFor(robot, "#chooser");
        robot.clickOn("#group-RSJ");
        robot.clickOn("#choice-RSJ-SBKSL");
        robot.clickOn("#start-filing");
        waitFor(robot, "#filing-form");
        assertThat(field(robot, "MOBILE").getText()).isEmpty();
        assertThat(field(robot, "MAILING_ADDRESS").getText()).isEmpty();
        assertThat(field(robot, "APPLICANT_NAME").getText()).isEqualTo("王芳");
    }

    private static long pagesOnDisk() {
        Path spool = data.resolve("materials");
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(spool)) {
            return files.filter(Files::isRegularFile).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a directory deleted while it is walked: count again
            return -1;
        }
    }

    private static TextField field(FxRobot robot, String code) {
        return robot.lookup("#field-" + code).queryAs(TextField.class);
    }

    private void waitFor(FxRobot robot, String query) throws TimeoutException {
        try {
            waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (TimeoutException e) {
            new Screenshots(robot).save(scene, "failed-time-out-waiting-for-" + query.substring(1));
            throw e;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
