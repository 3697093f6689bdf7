package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journeys one after another at the composed demo kiosk, as a hall sees them: each journey
 * starts on a clean screen, and nothing of one journey or one citizen is left in the scene for
 * the next, shown or hidden.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyAfterJourneyScreenTest {

    @TempDir
    static Path data;

    private ComposedKiosk composed;
    private KioskComposition kiosk;
    private Scene scene;

    @Start
    void start(Stage primary) {
        composed = ComposedKiosk.open(data);
        kiosk = composed.kiosk;
        scene = composed.scene;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        composed.close(robot);
    }

    @Test
    void aCertificateJourneyLeavesNothingLiveUnderTheNextJourneys(FxRobot robot) throws Exception {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-print-certificate");
        kiosk.idCardSimulator().orElseThrow().placeCard("zhang-wei");
        waitUntil(() -> present(robot, "#offer-ZM-HJ"));
        robot.clickOn("#offer-ZM-HJ");
        waitUntil(() -> present(robot, "#certificate-preview"));

        robot.clickOn("#back");
        robot.clickOn("#tile-check-progress");
        waitUntil(() -> present(robot, "#progress"));
        assertThat(present(robot, "#certificates")).as("certificate panel under progress").isFalse();
        assertThat(present(robot, "#certificate-back")).isFalse();

        robot.clickOn("#back");
        robot.clickOn("#tile-file-application");
        waitUntil(() -> FxReads.visible(robot, "#chooser"));
        assertThat(present(robot, "#certificates")).as("certificate panel under filing").isFalse();
        assertThat(present(robot, "#certificate-back")).isFalse();
        assertThat(present(robot, "#progress")).as("progress list under filing").isFalse();

        robot.clickOn("#back");
        robot.clickOn("#tile-print-certificate");
        waitUntil(() -> present(robot, "#offer-ZM-HJ"));
        assertThat(present(robot, "#certificate-preview")).as("a new visit starts at the list").isFalse();
    }

    @Test
    void theNextCitizenDoesNotSeeTheLastSearch(FxRobot robot) throws Exception {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");
        kiosk.idCardSimulator().orElseThrow().placeCard("zhang-wei");
        waitUntil(() -> FxReads.visible(robot, "#way-search"));
        robot.clickOn("#way-search");
        waitUntil(() -> FxReads.visible(robot, "#key-s"));
        for (String key : new String[] {"s", "b", "k", "s", "b", "s"}) {
            robot.clickOn("#key-" + key);
        }
        waitUntil(() -> text(robot, "#search-query").equals("sbksbs"));

        robot.interact(() -> kiosk.shell().finish());
        kiosk.idCardSimulator().orElseThrow().removeCard();
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");
        kiosk.idCardSimulator().orElseThrow().placeCard("wang-fang");
        waitUntil(() -> FxReads.visible(robot, "#way-search"));
        robot.clickOn("#way-search");
        waitUntil(() -> FxReads.visible(robot, "#key-s"));
        robot.clickOn("#key-s");
        waitUntil(() -> text(robot, "#search-query").equals("s"));
        assertThat(FxReads.onFx(() -> robot.lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList())).noneMatch(shown -> shown != null && shown.contains("sbksbs"));
    }

    private static boolean present(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return FxReads.present(robot, query);
    }

    private static String text(FxRobot robot, String query) {
        return FxReads.text(robot, query);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
