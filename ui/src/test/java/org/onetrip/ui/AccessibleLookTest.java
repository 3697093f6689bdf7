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
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ManualTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The attract, home and journey screens measured in each look: every text at least 4.5:1 against
 * what is painted behind it, every button at least 90 x 90 px, and in the elder look every text at
 * least 18 dp with lines at least 1.3 apart.
 *
 * <p>dp to px: the kiosk's 1080 x 1920 portrait screen is taken at 4/3 px per dp (Android's
 * density of a 1080p screen seen from a standing arm's length), so 18 dp = 24 px and the elder
 * look's 24 dp body text = 32 px.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleLookTest {

    private static final double MIN_ELDER_TEXT_PX = 18 * 4.0 / 3;
    /** Extra space between lines, as a share of the font size: with the glyph box (about 1.0) makes 1.3. */
    private static final double MIN_ELDER_LINE_GAP = 0.3;
    private static final Duration INACTIVITY = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(20);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, INACTIVITY, WARNING);
    private final KioskShell shell = new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private Stage stage;
    private Scene scene;

    /** The switches of one look, by the ids of their buttons on the accessibility bar. */
    private enum Look {
        STANDARD(),
        HIGH_CONTRAST("#high-contrast"),
        ELDER("#elder-mode"),
        ELDER_LARGE_HIGH_CONTRAST("#elder-mode", "#large-text", "#high-contrast");

        final List<String> switches;

        Look(String... switches) {
            this.switches = List.of(switches);
        }

        boolean elder() {
            return switches.contains("#elder-mode");
        }
    }

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
    void every_screen_is_readable_and_touchable_in_every_look_and_language(FxRobot robot) {
        Screenshots screenshots = new Screenshots(robot);
        List<String> problems = new ArrayList<>();
        for (Look look : Look.values()) {
            for (String language : List.of("zh", "en")) {
                robot.interact(shell::finish);
                // The attract screen always shows the standard look: every look ends with its
                // session. The stylesheet is still checked for it, by setting the look on the root.
                withLookOnRoot(robot, look, true);
                problems.addAll(check(robot, look, "attract"));
                if (look == Look.ELDER && language.equals("zh")) {
                    screenshots.save(scene, "30-attract-elder-zh");
                }
                withLookOnRoot(robot, look, false);

                robot.clickOn("#attract-invite");
                robot.clickOn("#language-" + language);
                look.switches.forEach(robot::clickOn);
                problems.addAll(check(robot, look, "home"));
                if (look == Look.ELDER) {
                    screenshots.save(scene, "31-home-elder-" + language);
                }

                robot.clickOn("#tile-file-application");
                problems.addAll(check(robot, look, "journey"));
                if (look == Look.ELDER) {
                    screenshots.save(scene, "32-journey-elder-" + language);
                } else if (look == Look.ELDER_LARGE_HIGH_CONTRAST) {
                    screenshots.save(scene, "33-journey-elder-large-high-contrast-" + language);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_elder_look_gives_a_much_longer_time_before_a_session_ends(FxRobot robot) throws TimeoutException {
        robot.clickOn("#attract-invite");
        robot.clickOn("#elder-mode");
        SessionTimeouts elder = settings.sessionTimeouts().forElders();

        time.advance(INACTIVITY.plus(WARNING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ending-soon").query().isVisible()).as("warning after the usual time").isFalse();
        assertThat(robot.lookup("#home").tryQuery()).isPresent();

        time.advance(elder.inactivity().minus(INACTIVITY.plus(WARNING)));
        waitUntil(() -> robot.lookup("#ending-soon").query().isVisible());
        assertThat(robot.lookup("#ending-soon-countdown").queryAs(Labeled.class).getText())
                .isEqualTo(elder.warning().toSeconds() + " 秒后将结束本次服务");

        time.advance(elder.warning());
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
    }

    private List<String> check(FxRobot robot, Look look, String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = scene.getRoot();
            assertThat(root.lookup("#" + screen)).as(screen + " on screen").isNotNull();
            String where = look + " " + screen + " ";
            LookCheck.texts(root).forEach(text -> {
                double contrast = LookCheck.contrast(text);
                if (contrast < LookCheck.MIN_CONTRAST) {
                    problems.add(where + LookCheck.describe(text) + String.format(" contrast %.2f:1 (text %s on %s)",
                            contrast, text.getTextFill(), LookCheck.background(text)));
                }
                if (look.elder()) {
                    double size = text.getFont().getSize();
                    if (size < MIN_ELDER_TEXT_PX) {
                        problems.add(where + LookCheck.describe(text) + " text " + size + " px");
                    }
                    if (text.getLineSpacing() < MIN_ELDER_LINE_GAP * size) {
                        problems.add(where + LookCheck.describe(text) + " line spacing " + text.getLineSpacing() + " px");
                    }
                }
            });
            LookCheck.buttons(root).forEach(button -> {
                var bounds = LookCheck.size(button);
                if (bounds.getWidth() < LookCheck.MIN_TARGET_PX || bounds.getHeight() < LookCheck.MIN_TARGET_PX) {
                    problems.add(where + LookCheck.describe(button)
                            + String.format(" target %.0f x %.0f px", bounds.getWidth(), bounds.getHeight()));
                }
            });
            assertThat(LookCheck.texts(root).count()).as(where + "texts measured").isGreaterThan(3);
            assertThat(LookCheck.buttons(root).count()).as(where + "buttons measured").isGreaterThanOrEqualTo(6);
        });
        return problems;
    }

    private void withLookOnRoot(FxRobot robot, Look look, boolean on) {
        robot.interact(() -> {
            Parent root = scene.getRoot();
            for (String id : look.switches) {
                root.pseudoClassStateChanged(PseudoClass.getPseudoClass(id.substring(1).replace("-mode", "")), on);
            }
            root.applyCss();
            root.layout();
        });
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
