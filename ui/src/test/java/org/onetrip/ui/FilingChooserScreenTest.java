package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.journey.MatterChooser;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing what to file on the screen, after the card is read by the real driver from the simulator. */
@ExtendWith(ApplicationExtension.class)
class FilingChooserScreenTest {

    private final ManualTime time =
            new ManualTime(Instant.parse("2026-11-21T13:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, Duration.ofSeconds(90), Duration.ofSeconds(30));
    private final KioskShell shell =
            new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private final MatterChooser chooser =
            new MatterChooser(new ConfigurationLoader().load(Path.of("../conf")).catalog());
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;
    private CardIdentification identification;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(), Clock.systemUTC());
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        stage = new Stage();
        new KioskWindow(new KioskModels(shell, identification.state(), new Value<>(new ProgressView.NotYet()),
                Optional.of(chooser), Optional.empty(), Optional.empty()), settings, time.clock()).show(stage);
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
    void aCitizenFindsAMatterThreeWaysAndSeesEverythingToBring(FxRobot robot) throws TimeoutException {
        Screenshots screenshots = new Screenshots(robot);
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-file-application");
        assertThat(robot.lookup("#chooser").query().isVisible()).as("nothing to choose before the card").isFalse();

        simulator.placeCard("li-xiuying");
        waitUntil(() -> robot.lookup("#chooser").query().isVisible());
        screenshots.save(scene, "19-choose-by-department-zh");

        robot.clickOn("#group-GAJ");
        robot.clickOn("#choice-GAJ-SFZBL");
        assertThat(text(robot, "#matter-title")).isEqualTo("居民身份证遗失补领");
        assertThat(robot.lookup(".material-card").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".material-review").queryAllAs(Labeled.class))
                .allSatisfy(review -> assertThat(review.getText()).startsWith("审核要点："));
        screenshots.save(scene, "20-matter-page-zh");

        robot.clickOn("#back-to-list");
        robot.clickOn("#way-search");
        robot.clickOn("#key-s");
        robot.clickOn("#key-b");
        assertThat(text(robot, "#search-query")).isEqualTo("sb");
        assertThat(robot.lookup("#choice-RSJ-SBKSL").tryQuery()).isPresent();
        screenshots.save(scene, "21-search-sb-zh");

        robot.clickOn("#way-by-life-event");
        robot.clickOn("#group-" + MatterChooser.ONE_THING);
        robot.clickOn("#choice-YJS-QYKB");
        assertThat(text(robot, "#matter-title")).isEqualTo("企业开办一件事");
        assertThat(robot.lookup(".material-detail").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .anyMatch(text -> text.startsWith("一次提交，以下事项共用："));
        robot.clickOn("#language-en");
        waitUntil(() -> text(robot, "#matter-title").equals("Starting a business"));
        screenshots.save(scene, "22-bundle-page-en");
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
