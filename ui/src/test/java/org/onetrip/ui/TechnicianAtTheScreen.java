package org.onetrip.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A technician at the kiosk's screen: the hidden gesture that opens the PIN pad, then a PIN. */
final class TechnicianAtTheScreen {

    private TechnicianAtTheScreen() {
    }

    /** Five taps in the top-left corner; returns once the PIN pad shows. */
    static void openPinPad(FxRobot robot, Stage stage) throws TimeoutException {
        Point2D corner = new Point2D(stage.getX() + 30, stage.getY() + 30);
        for (int tap = 0; tap < 5; tap++) {
            robot.clickOn(corner);
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pin-overlay").query().isVisible());
    }

    /** Types the PIN on the pad and presses OK. */
    static void typePin(FxRobot robot, String pin) {
        for (String digit : pin.split("")) {
            robot.clickOn("#pin-" + digit);
        }
        robot.clickOn("#pin-ok");
    }
}
