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
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ID card step on the screen, with the real SAM reader driver talking to the reader
 * simulator over a pseudo-terminal: what a citizen sees when the card is read, refused, or
 * forgotten at the end of the session.
 */
@ExtendWith(ApplicationExtension.class)
class IdentificationScreenTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(90);
    private static final Duration WARNING = Duration.ofSeconds(30);

    private final ManualTime time =
            new ManualTime(Instant.parse("2026-11-21T13:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, INACTIVITY, WARNING);
    private final KioskShell shell =
            new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;
    private CardIdentification identification;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 115_200);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(), Clock.systemUTC());
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        stage = new Stage();
        new KioskWindow(new KioskModels(shell, identification.state(), new Value<>(new ProgressView.NotYet()), Optional.empty(), Optional.empty(), Optional.empty()), settings, time.clock()).show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        identification.close();
        reader.close();
        simulator.close();
    }

    @Test
    void aCitizenIsIdentifiedByTheirCardAndForgottenWhenTheSessionEnds(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-print-certificate");
        assertThat(robot.lookup("#identification").query().isVisible()).as("nothing to say before a card").isFalse();

        simulator.placeCard("zhang-wei");
        waitUntil(() -> identification.state().get() instanceof IdentificationState.Identified);
        waitUntil(() -> text(robot, "#identification-text").equals("您好，张*（1101**********1239），身份已确认。"));
        assertThat(robot.lookup("#portrait-placeholder").query().isVisible()).isTrue();
        screenshots.save(scene, "13-identified-zh");

        robot.clickOn("#language-en");
        assertThat(text(robot, "#identification-text")).isEqualTo("Hello, 张* (1101**********1239). You are identified.");
        robot.clickOn("#large-text");
        screenshots.save(scene, "14-identified-en-large-text");

        IdentificationState.Identified identified = (IdentificationState.Identified) identification.state().get();
        time.advance(INACTIVITY.plus(WARNING));
        waitUntil(() -> robot.lookup("#attract").tryQuery().isPresent());
        assertThat(identified.citizen().record().isWiped()).as("the card's data after the session").isTrue();

        simulator.removeCard();
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#identification").query().isVisible())
                .as("the next citizen sees nothing of the last one").isFalse();
        screenshots.save(scene, "15-next-citizen-zh");
    }

    @Test
    void anExpiredCardIsRefusedWithTheDateAndWhatToDo(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");

        simulator.placeCard("chen-jing");
        waitUntil(() -> identification.state().get() instanceof IdentificationState.CardExpired);
        waitUntil(() -> text(robot, "#identification-text").equals("该身份证已于 2024-05-10 过期，请取回后放置有效的居民身份证。换领身份证请到公安派出所户籍窗口办理，或向大厅工作人员求助。"));
        assertThat(robot.lookup("#portrait-placeholder").query().isVisible()).isFalse();
        screenshots.save(scene, "16-card-expired-zh");
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
