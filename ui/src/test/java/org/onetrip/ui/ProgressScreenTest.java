package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.journey.ProgressJourney;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Check my progress" on the screen: a filing delivered to the reference backend on loopback, the
 * citizen's card read by the real driver from the simulator, and the list the citizen sees.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressScreenTest {

    @TempDir
    static Path data;

    private final ManualTime time =
            new ManualTime(Instant.parse("2026-11-21T13:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ShellSettings settings = new ShellSettings(false, "示范区政务服务中心",
            "Demonstration District Service Hall", Locale.SIMPLIFIED_CHINESE, Duration.ofSeconds(90), Duration.ofSeconds(30));
    private final KioskShell shell =
            new KioskShell(settings.sessionTimeouts(), settings.defaultLanguage(), time.clock(), time);
    private final ExecutorService io = Executors.newSingleThreadExecutor();
    private ReferenceBackend backend;
    private SubmissionRuntime submissions;
    private SamReaderSimulator simulator;
    private SamIdCardReader reader;
    private CardIdentification identification;
    private ProgressJourney progress;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // the progress screen's test needs a backend's answers, not its credentials: the open test double
        backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, data.resolve("backend"));
        submissions = SubmissionRuntime.start(SubmissionRuntime.Options.defaults(data.resolve("kiosk"),
                data.resolve("kiosk-keys"), java.util.Set.of(backend.sealingKeys().current().kid()),
                BackendConnection.plain(backend.baseUri(), "SZ-NS-0001", Duration.ofSeconds(5))));
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(), Clock.systemUTC());
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        progress = new ProgressJourney(shell, identification, submissions.progress(),
                new ConfigurationLoader().load(Path.of("../conf")).catalog(), io);
        stage = new Stage();
        new KioskWindow(new KioskModels(shell, identification.state(), progress.view(), Optional.empty(), Optional.empty(), Optional.empty()), settings, time.clock()).show(stage);
        scene = stage.getScene();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        progress.close();
        identification.close();
        reader.close();
        simulator.close();
        submissions.close();
        backend.close();
        io.shutdownNow();
    }

    @Test
    void theCitizenSeesTheirFilingsAfterTheCard(FxRobot robot) throws Exception {
        submissions.desk().file(new FilingRequest(List.of("GAJ-SFZBL"), Optional.empty(), Map.of("reason", "遗失"),
                new Applicant("110101198503121239", "张伟", Optional.empty()),
                List.of(new ScannedMaterial("ID_PHOTO", "photo.pdf", 1, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))),
                List.of(), List.of(), Instant.parse("2026-11-21T13:00:00Z")));
        waitUntil(() -> submissions.outbox().counts().get(OutboxState.ACKNOWLEDGED) == 1);
        backend.goDown();
        submissions.desk().file(new FilingRequest(List.of("GAJ-JZZSL"), Optional.empty(), Map.of("reason", "工作"),
                new Applicant("110101198503121239", "张伟", Optional.empty()),
                List.of(new ScannedMaterial("ID_PHOTO", "photo.pdf", 1, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))),
                List.of(), List.of(), Instant.parse("2026-11-21T13:20:00Z")));
        backend.comeUp();

        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        simulator.placeCard("zhang-wei");

        waitUntil(() -> robot.lookup("#progress-heading").tryQuery().isPresent());
        assertThat(text(robot, "#progress-heading")).isEqualTo("您共有 2 件申请");
        assertThat(robot.lookup("居民身份证遗失补领").tryQuery()).isPresent();
        assertThat(robot.lookup("居住证申领").tryQuery()).isPresent();
        assertThat(robot.lookup(".filing-stage").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("已受理");
        new Screenshots(robot).save(scene, "17-progress-zh");

        robot.clickOn("#language-en");
        waitUntil(() -> text(robot, "#progress-heading").equals("You have 2 application(s)"));
        assertThat(robot.lookup("Replacement of a lost resident ID card").tryQuery()).isPresent();
        new Screenshots(robot).save(scene, "18-progress-en");
    }

    @Test
    void aCitizenWithNothingFiledIsToldHowToApply(FxRobot robot) throws Exception {
        robot.clickOn("#attract-invite");
        robot.clickOn("#tile-check-progress");
        simulator.placeCard("li-xiuying");

        waitUntil(() -> robot.lookup("#progress-none").tryQuery().isPresent());
        assertThat(text(robot, "#progress-heading")).isEqualTo("您共有 0 件申请");
        assertThat(text(robot, "#progress-none")).contains("返回首页").contains("提交申请");

        robot.clickOn("#language-en");
        waitUntil(() -> text(robot, "#progress-none").contains("File an application"));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
