package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.Screen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A technician at the composed demo kiosk: the hidden gesture, the PIN pad and the console. */
@ExtendWith(ApplicationExtension.class)
class MaintenanceScreenTest {

    @TempDir
    static Path data;

    private final Configuration shipped = new ConfigurationLoader().load(Path.of("../conf"));
    private KioskComposition kiosk;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) {
        kiosk = new KioskComposition(shipped, Path.of("../conf"), data, false, Clock.systemUTC());
        ShellSettings settings = new ShellSettings(false, "南山区政务服务中心", "Nanshan Service Hall", Locale.SIMPLIFIED_CHINESE,
                Duration.ofSeconds(90), Duration.ofSeconds(30));
        stage = new Stage();
        new KioskWindow(kiosk.models(), settings, Clock.systemUTC()).show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        kiosk.close();
    }

    @Test
    void aTechnicianEntersWithTheGestureAndPinTakesTheKioskOutOfServiceAndLeaves(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        waitUntil(() -> kiosk.shell().availability().get() == Availability.IN_SERVICE);
        TechnicianAtTheScreen.openPinPad(robot, stage);

        TechnicianAtTheScreen.typePin(robot, "111111");
        waitUntil(() -> text(robot, "#pin-message").equals("密码不正确，还可尝试 4 次。"));
        screenshots.save(scene, "23-maintenance-pin-wrong-zh");

        TechnicianAtTheScreen.typePin(robot, "246810");
        waitUntil(() -> robot.lookup("#maintenance").query().isVisible());
        waitUntil(() -> robot.lookup("#device-idcard").tryQuery().isPresent());
        // the console fills in as the devices answer: let it settle before looking up a button in it
        waitUntil(() -> robot.lookup("#selftest-button-idcard").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> robot.lookup("#maintenance-journal").tryQuery().isPresent());
        assertThat(text(robot, "#maintenance-journal")).startsWith("完好：共 ").endsWith("条，均已签封且顺序完整。");

        robot.clickOn("#selftest-button-idcard");
        waitUntil(() -> text(robot, "#selftest-idcard").startsWith("通过"));
        screenshots.save(scene, "24-maintenance-console-zh");

        robot.clickOn("#maintenance-out-of-service");
        waitUntil(() -> kiosk.shell().availability().get() instanceof Availability.OutOfService);
        robot.clickOn("#maintenance-leave");
        waitUntil(() -> !robot.lookup("#maintenance").query().isVisible());
        assertThat(kiosk.shell().screen().get()).isEqualTo(Screen.OUT_OF_SERVICE);

        TechnicianAtTheScreen.openPinPad(robot, stage);
        TechnicianAtTheScreen.typePin(robot, "246810");
        waitUntil(() -> robot.lookup("#maintenance").query().isVisible());
        robot.clickOn("#maintenance-in-service");
        waitUntil(() -> kiosk.shell().availability().get() == Availability.IN_SERVICE);
        robot.clickOn("#maintenance-leave");

        assertThat(kiosk.maintenanceAudit().verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void theDevicesAreDescribedInTheScreensWordsWithCountersInATable(FxRobot robot) throws Exception {
        waitUntil(() -> kiosk.shell().availability().get() == Availability.IN_SERVICE);
        TechnicianAtTheScreen.openPinPad(robot, stage);
        TechnicianAtTheScreen.typePin(robot, "246810");
        waitUntil(() -> robot.lookup("#counters-idcard").tryQuery().isPresent());
        robot.clickOn("#selftest-button-idcard");
        waitUntil(() -> text(robot, "#selftest-idcard").startsWith("通过"));

        assertThat(text(robot, "#device-idcard")).startsWith("身份证阅读器 (idcard) · ");
        List<String> table = robot.lookup("#counters-idcard").queryAs(GridPane.class).getChildren().stream()
                .map(cell -> ((Labeled) cell).getText()).toList();
        assertThat(table).startsWith("计数", "数量", "单位").contains("发送数据", "字节");
        List<String> said = new java.util.ArrayList<>(table);
        said.add(text(robot, "#device-idcard"));
        said.add(text(robot, "#selftest-idcard"));
        // only the device's configured name may be in Latin letters: no driver words, no raw counter map
        assertThat(said).noneMatch(line -> line.replace("idcard", "").matches("(?s).*([A-Za-z]{3,}|\\{).*"));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
