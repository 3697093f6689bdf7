package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.outbox.AttemptFailure;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideCause;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A filing the kiosk set aside, as the technician finds it on the maintenance screen: tracking
 * number, why, how many attempts, first and last try, the last error; and the retry that puts it
 * back into the queue, journaled.
 */
@ExtendWith(ApplicationExtension.class)
class SetAsideScreenTest {

    @TempDir
    static Path data;

    private KioskComposition kiosk;
    private Stage stage;
    private String setAside;

    @Start
    void start(Stage primary) throws Exception {
        setAside = setAsideOneFiling();
        kiosk = new KioskComposition(new ConfigurationLoader().load(Path.of("../conf")), Path.of("../conf"), data, false,
                Clock.systemUTC());
        stage = new Stage();
        new KioskWindow(kiosk.models(), new ShellSettings(false, "南山区政务服务中心", "Nanshan Service Hall",
                Locale.SIMPLIFIED_CHINESE, Duration.ofSeconds(90), Duration.ofSeconds(30)), Clock.systemUTC()).show(stage);
    }

    /** What the delivery worker leaves after a proxy refused a filing's upload three times. */
    private static String setAsideOneFiling() {
        ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, data.resolve("backend"));
        try (SubmissionRuntime runtime = SubmissionRuntime.start(SubmissionRuntime.Options.defaults(data,
                KioskSettings.keyDirectoryOf(data), Set.of(backend.sealingKeys().current().kid()),
                BackendConnection.plain(backend.baseUri(), "SZ-NS-0001", Duration.ofSeconds(5))))) {
            runtime.worker().stop(Duration.ofSeconds(5));
            String id = ((FilingOutcome.Filed) runtime.desk().file(new FilingRequest(List.of("GAJ-SFZBL"),
                    java.util.Optional.empty(), java.util.Map.of("reason", "遗失"),
                    new Applicant("110101198503121239", "张伟", java.util.Optional.empty()),
                    List.of(new ScannedMaterial("M-1", "material-1.pdf", 1, new byte[2_000])), List.of(), List.of(),
                    java.time.Instant.now()))).submissionId();
            for (int attempt = 0; attempt < 3; attempt++) {
                runtime.outbox().markUploading(id);
                runtime.outbox().recordFailedAttempt(id, "upload answered 413 without an error body",
                        AttemptFailure.REFUSED);
            }
            runtime.outbox().setAside(id, SetAsideCause.REFUSED_AS_SENT);
            return id;
        } finally {
            backend.close();
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        kiosk.close();
    }

    @Test
    void theTechnicianSeesWhyAFilingWasSetAsideAndPutsItBackIntoTheQueue(FxRobot robot) throws Exception {
        waitUntil(() -> kiosk.shell().availability().get() == Availability.IN_SERVICE);
        TechnicianAtTheScreen.openPinPad(robot, stage);
        TechnicianAtTheScreen.typePin(robot, "246810");
        waitUntil(() -> robot.lookup("#setaside-" + setAside).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        String line = text(robot, "#setaside-" + setAside);
        String tracking = kiosk.submissions().outbox().entry(setAside).orElseThrow().trackingNumber();
        assertThat(line).startsWith(tracking + " · 请求被拒收").contains("已尝试 3 次", "首次 20", "最近 20");

        scrollTo(robot, "#setaside-retry-" + setAside);
        new Screenshots(robot).save(stage.getScene(), "25-maintenance-set-aside-zh");
        robot.clickOn("#setaside-retry-" + setAside);

        waitUntil(() -> kiosk.submissions().outbox().entry(setAside).orElseThrow().state() != OutboxState.SET_ASIDE);
        waitUntil(() -> text(robot, "#maintenance-status").equals("申请 " + tracking + " 已重新排队报送。"));
        waitUntil(() -> robot.lookup("#setaside-" + setAside).tryQuery().isEmpty());
        assertThat(kiosk.maintenanceAudit().latest(5)).extracting(AuditEntry::action)
                .contains(AuditAction.OUTBOX_SET_ASIDE_RETRIED);
    }

    /** Scrolls the console as a technician would, until the node is in view. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Parent parent = node.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane pane = (ScrollPane) parent;
            Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.min(1, inContent.getMinY() / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
