package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.OutOfServiceReason;
import org.onetrip.kiosk.time.ManualTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A citizen's walk through the shell on the kiosk's portrait screen, with a screenshot of every state. */
@ExtendWith(ApplicationExtension.class)
class KioskShellWalkTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(90);
    private static final Duration WARNING = Duration.ofSeconds(30);

    private final ManualTime time =
            new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, INACTIVITY, WARNING);
    private final KioskShell shell =
            new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        new KioskWindow(KioskModels.shellOnly(shell), settings, time.clock()).show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void closeTheKioskStage(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void a_citizen_walks_through_the_shell(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        List<String> saved = new ArrayList<>();
        assertThat(scene.getWidth()).isEqualTo(KioskWindow.WIDTH);
        assertThat(scene.getHeight()).isEqualTo(KioskWindow.HEIGHT);

        assertShowing(robot, "#attract");
        assertThat(text(robot, "#attract-invite")).isEqualTo("请触摸屏幕开始");
        saved.add(screenshots.save(scene, "01-attract-zh").toString());

        robot.clickOn("#attract-invite");
        assertShowing(robot, "#home");
        assertThat(text(robot, "#home-title")).isEqualTo("请选择您要办理的业务");
        saved.add(screenshots.save(scene, "02-home-zh").toString());

        robot.clickOn("#language-en");
        assertThat(text(robot, "#home-title")).isEqualTo("What would you like to do?");
        assertThat(text(robot, "#header-hall")).isEqualTo("Demonstration District Service Hall");
        saved.add(screenshots.save(scene, "03-home-en").toString());

        double standardSize = fontSize(robot, "#home-title");
        robot.clickOn("#large-text");
        assertThat(fontSize(robot, "#home-title")).isGreaterThanOrEqualTo(1.5 * standardSize);
        saved.add(screenshots.save(scene, "04-home-en-large-text").toString());

        robot.clickOn("#high-contrast");
        assertThat(root(robot).getPseudoClassStates()).contains(ShellView.HIGH_CONTRAST);
        assertThat(pixelAt(screenshots, 5, 400)).as("background in high contrast").isEqualTo(0xFF000000);
        saved.add(screenshots.save(scene, "05-home-en-large-high-contrast").toString());

        robot.clickOn("#tile-file-application");
        assertShowing(robot, "#journey");
        assertThat(text(robot, "#first-step")).isEqualTo("Place your resident ID card on the reader.");
        saved.add(screenshots.save(scene, "06-journey-en-large-high-contrast").toString());

        robot.clickOn("#back");
        assertShowing(robot, "#home");

        time.advance(INACTIVITY);
        waitUntil(() -> robot.lookup("#ending-soon").query().isVisible());
        assertThat(text(robot, "#ending-soon-countdown")).isEqualTo("Ending in 30 s");
        time.advance(Duration.ofSeconds(12));
        waitUntil(() -> text(robot, "#ending-soon-countdown").equals("Ending in 18 s"));
        saved.add(screenshots.save(scene, "07-ending-soon-en-large-high-contrast").toString());

        robot.clickOn("#continue");
        waitUntil(() -> !robot.lookup("#ending-soon").query().isVisible());
        assertShowing(robot, "#home");

        time.advance(INACTIVITY.plus(WARNING));
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
        assertThat(text(robot, "#attract-invite")).isEqualTo("请触摸屏幕开始");
        assertThat(root(robot).getPseudoClassStates())
                .doesNotContain(ShellView.HIGH_CONTRAST, ShellView.LARGE_TEXT);

        robot.clickOn("#attract-invite");
        assertThat(fontSize(robot, "#home-title")).isEqualTo(standardSize);
        robot.clickOn("#tile-print-certificate");
        assertThat(text(robot, "#first-step")).isEqualTo("请将您的居民身份证放在读卡区。");
        saved.add(screenshots.save(scene, "08-journey-zh").toString());

        time.advance(INACTIVITY.plusSeconds(3));
        waitUntil(() -> robot.lookup("#ending-soon").query().isVisible());
        saved.add(screenshots.save(scene, "09-ending-soon-zh").toString());

        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));
        waitUntil(() -> robot.lookup("#out-of-service").tryQuery().isPresent());
        assertThat(robot.lookup("#ending-soon").query().isVisible()).isFalse();
        assertThat(robot.lookup("本终端暂停服务").tryQuery()).isPresent();
        saved.add(screenshots.save(scene, "10-out-of-service-zh").toString());

        robot.clickOn("#language-en");
        assertThat(robot.lookup("This kiosk is temporarily out of service").tryQuery()).isPresent();
        assertThat(robot.lookup("A device in this kiosk has failed; staff have been notified.").tryQuery()).isPresent();
        robot.clickOn("#high-contrast");
        saved.add(screenshots.save(scene, "11-out-of-service-en-high-contrast").toString());

        shell.changeAvailability(Availability.IN_SERVICE);
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
        robot.clickOn("#large-text");
        assertShowing(robot, "#home");
        saved.add(screenshots.save(scene, "12-home-zh-large-text").toString());

        assertThat(saved).hasSize(12);
    }

    private static void assertShowing(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(id).tryQuery()).as(id + " on screen").isPresent();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static double fontSize(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getFont().getSize();
    }

    private static Node root(FxRobot robot) {
        return robot.lookup("#kiosk-shell").query();
    }

    private int pixelAt(Screenshots screenshots, int x, int y) {
        return screenshots.take(scene).getRGB(x, y);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
