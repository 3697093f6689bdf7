package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.OutOfServiceReason;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.voice.VoiceGuidance;
import org.onetrip.ui.RecordingSpeaker.Said;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Voice guidance switched on the screen: each screen's main instruction reaches the speaker. */
@ExtendWith(ApplicationExtension.class)
class VoiceGuidanceScreenTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(60);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, INACTIVITY, Duration.ofSeconds(20));
    private final KioskShell shell = new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private final RecordingSpeaker speaker = new RecordingSpeaker();
    private final VoiceGuidance voice = new VoiceGuidance(speaker, shell);
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        new KioskWindow(KioskModels.shellOnly(shell).withVoice(voice, Optional.empty()), settings, time.clock()).show(stage);
    }

    @AfterEach
    void closeTheKioskStage(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void switched_on_each_screen_speaks_its_instruction_in_the_citizens_language(FxRobot robot) throws TimeoutException {
        robot.clickOn("#attract-invite");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speaker.said()).as("guidance starts off").isEmpty();

        robot.clickOn("#voice-guidance");
        waitUntil(() -> speaker.said().size() == 1);
        assertThat(speaker.last()).isEqualTo(new Said("请选择您要办理的业务：提交申请、打印证照证明，或查询办理进度。", Language.ZH_CN));
        assertThat(robot.lookup("#voice-guidance").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#tile-print-certificate");
        waitUntil(() -> speaker.said().size() == 2);
        assertThat(speaker.last()).isEqualTo(new Said("打印证照证明。请将您的居民身份证放在读卡区。", Language.ZH_CN));

        robot.clickOn("#language-en");
        waitUntil(() -> speaker.said().size() == 3);
        assertThat(speaker.last()).isEqualTo(new Said("Print a certificate. Place your resident ID card on the reader.", Language.EN));

        time.advance(INACTIVITY);
        waitUntil(() -> speaker.said().size() == 4);
        assertThat(speaker.last()).isEqualTo(new Said("Are you still there? Touch the screen to carry on.", Language.EN));
        robot.clickOn("#continue");
        waitUntil(() -> speaker.said().size() == 5);

        robot.clickOn("#voice-guidance");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speaker.stops()).as("switching off stops speaking").isEqualTo(1);
        robot.clickOn("#back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(speaker.said()).hasSize(5);
    }

    @Test
    void the_switch_is_on_every_screen_and_the_next_citizen_starts_without_it(FxRobot robot) throws TimeoutException {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        robot.clickOn("#voice-guidance");
        waitUntil(() -> speaker.said().size() == 1);
        assertThat(speaker.last().text()).isEqualTo("查询办理进度。请将您的居民身份证放在读卡区。");

        robot.interact(shell::finish);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#voice-guidance").queryAs(ToggleButton.class).isSelected()).isFalse();

        robot.interact(() -> shell.changeAvailability(Availability.outOfService(OutOfServiceReason.NETWORK_OUTAGE)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#voice-guidance");
        waitUntil(() -> speaker.said().size() == 2);
        assertThat(speaker.last()).isEqualTo(new Said("本终端暂停服务。请使用大厅内其他自助终端，或到人工窗口办理。", Language.ZH_CN));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
