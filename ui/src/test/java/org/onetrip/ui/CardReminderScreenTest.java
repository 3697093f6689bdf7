package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.reminder.CardLeftBehind;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;
import org.onetrip.kiosk.voice.VoiceGuidance;
import org.onetrip.ui.RecordingSpeaker.Said;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The take-your-card reminder, driven by the real SAM driver's card events from the reader
 * simulator on a pseudo-terminal: a session that ends with the card on the reader leaves the
 * reminder on the screen and in the speaker until the card is taken.
 */
@ExtendWith(ApplicationExtension.class)
class CardReminderScreenTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(20);
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T13:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, INACTIVITY, WARNING);
    private final KioskShell shell = new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private final RecordingSpeaker speaker = new RecordingSpeaker();
    private final VoiceGuidance voice = new VoiceGuidance(speaker, shell);
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;
    private CardIdentification identification;
    private CardLeftBehind reminder;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(), Clock.systemUTC());
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        reminder = new CardLeftBehind(shell, identification.cardOnReader(), time, LIMIT);
        KioskModels models = new KioskModels(shell, identification.state(), KioskModels.shellOnly(shell).progress(),
                Optional.empty(), Optional.empty(), Optional.empty(), voice, Optional.of(reminder), Optional.empty(),
                identification.away(), Optional.empty(), Optional.empty());
        stage = new Stage();
        new KioskWindow(models, settings, time.clock()).show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        reminder.close();
        identification.close();
        reader.close();
        simulator.close();
    }

    @Test
    void finishing_with_the_card_on_the_reader_reminds_until_the_card_is_taken(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        simulator.placeCard("li-xiuying");
        waitUntil(() -> identification.state().get() instanceof IdentificationState.Identified);
        assertThat(robot.lookup("#card-reminder").query().isVisible()).as("no reminder during the session").isFalse();

        robot.clickOn("#back");
        robot.clickOn("#finish");

        waitUntil(() -> robot.lookup("#card-reminder").query().isVisible());
        assertThat(text(robot, "#card-reminder-title")).isEqualTo("请取走您的身份证");
        assertThat(text(robot, "#card-reminder-other")).isEqualTo("Please take your ID card");
        assertThat(speaker.said()).as("spoken though guidance is off").containsExactly(new Said("请取走您的身份证", Language.ZH_CN));
        screenshots.save(scene, "40-take-your-card-zh");

        simulator.removeCard();
        waitUntil(() -> !robot.lookup("#card-reminder").query().isVisible());
        assertThat(robot.lookup("#attract").tryQuery()).isPresent();
    }

    @Test
    void a_timed_out_session_reminds_in_its_language_for_a_bounded_time(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        simulator.placeCard("zhang-wei");
        waitUntil(() -> identification.cardOnReader().get());
        robot.clickOn("#attract-invite");
        robot.clickOn("#language-en");
        robot.clickOn("#elder-mode");

        time.advance(settings.sessionTimeouts().forElders().inactivity());
        time.advance(settings.sessionTimeouts().forElders().warning());

        waitUntil(() -> robot.lookup("#card-reminder").query().isVisible());
        assertThat(text(robot, "#card-reminder-title")).isEqualTo("Please take your ID card");
        assertThat(text(robot, "#card-reminder-other")).isEqualTo("请取走您的身份证");
        assertThat(speaker.said()).containsExactly(new Said("Please take your ID card", Language.EN));
        screenshots.save(scene, "41-take-your-card-en");

        time.advance(LIMIT);
        waitUntil(() -> !robot.lookup("#card-reminder").query().isVisible());
        assertThat(identification.cardOnReader().get()).as("forgotten for good").isTrue();
    }

    @Test
    void a_card_taken_away_mid_session_is_asked_back_then_the_session_ends(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        simulator.placeCard("zhang-wei");
        waitUntil(() -> identification.state().get() instanceof IdentificationState.Identified);
        assertThat(FxReads.visible(robot, "#card-away")).isFalse();

        simulator.removeCard();

        waitUntil(() -> FxReads.visible(robot, "#card-away"));
        assertThat(FxReads.text(robot, "#card-away-title")).isEqualTo("请把您的身份证放回读卡器");
        assertThat(FxReads.text(robot, "#card-away-note")).startsWith("30 秒内未放回");
        assertThat(speaker.said()).as("spoken though guidance is off")
                .extracting(Said::text).singleElement().asString().startsWith("请把您的身份证放回读卡器");
        screenshots.save(scene, "42-put-your-card-back-zh");

        simulator.placeCard("zhang-wei");
        waitUntil(() -> !FxReads.visible(robot, "#card-away"));
        assertThat(shell.sessionScope()).as("the same card carries on").isPresent();

        simulator.removeCard();
        waitUntil(() -> FxReads.visible(robot, "#card-away"));
        time.advance(Duration.ofSeconds(30));
        waitUntil(() -> FxReads.visible(robot, "#attract"));
        assertThat(FxReads.visible(robot, "#card-away")).isFalse();
        assertThat(shell.sessionScope()).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
