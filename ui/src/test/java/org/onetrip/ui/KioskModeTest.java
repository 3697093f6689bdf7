package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ManualTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In kiosk mode no key or window request leaves the shell. */
@ExtendWith(ApplicationExtension.class)
class KioskModeTest {

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(true, "示范区政务服务中心", "Demonstration District Service Hall",
            Locale.SIMPLIFIED_CHINESE, Duration.ofSeconds(90), Duration.ofSeconds(30));
    private Stage stage;

    private KioskWindow window;

    @Start
    void start(Stage primary) {
        KioskShell shell = new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
        window = new KioskWindow(KioskModels.shellOnly(shell), settings, time.clock());
        // A fresh stage, as the composition root does: the style of a shown stage is fixed.
        stage = new Stage();
        window.show(stage);
    }

    @AfterEach
    void closeTheKioskStage(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void refuses_a_stage_already_shown(FxRobot robot) {
        AtomicReference<Throwable> refusal = new AtomicReference<>();
        robot.interact(() -> {
            try {
                window.show(stage);
            } catch (IllegalArgumentException e) {
                refusal.set(e);
            }
        });

        assertThat(refusal.get()).hasMessage("the kiosk window needs a stage that has not been shown yet");
    }

    @Test
    void the_window_takes_the_whole_screen_undecorated_and_on_top() {
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(stage.isAlwaysOnTop()).isTrue();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(stage.getFullScreenExitHint()).isEmpty();
    }

    @Test
    void a_close_request_such_as_alt_f4_is_refused(FxRobot robot) {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void escape_does_not_leave_full_screen(FxRobot robot) {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void leaving_full_screen_by_other_means_is_undone(FxRobot robot) {
        robot.interact(() -> stage.setFullScreen(false));

        assertThat(stage.isFullScreen()).isTrue();
    }
}
