package org.onetrip.kiosk.maintenance;

import org.onetrip.kiosk.testsupport.ApprovalSystemKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.kiosk.health.DiagnosticResult;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.outbox.AttemptFailure;
import org.onetrip.kiosk.outbox.ExportOutcome;
import org.onetrip.kiosk.outbox.FreeSpaceProbe;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideCause;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.OutOfServiceReason;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionDesk;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.supervision.CounterStore;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.kiosk.supervision.SupervisedDevice;
import org.onetrip.kiosk.supervision.SupervisionSettings;
import org.onetrip.kiosk.time.ManualTime;

/**
 * The console's wiring: actions need maintenance mode and are journaled. The device here is a
 * bare {@link DeviceHealth}; the rules over real drivers are tested in the supervision tests.
 */
class MaintenanceConsoleTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger wakes = new AtomicInteger();
    private PinCheck pins;
    private AuditJournal audit;
    private CounterStore counters;
    private Outbox outbox;
    private DeviceSupervisor supervisor;
    private MaintenanceEntry entry;
    private MaintenanceConsole console;

    @BeforeEach
    void open() throws Exception {
        audit = AuditJournal.open(dir, dir.resolve("keys"), time.clock());
        pins = PinCheck.open(PinCheckTest.SETTINGS, audit, time.clock());
        counters = CounterStore.open(dir, time.clock());
        outbox = Outbox.open(dir, ApprovalSystemKey.generate().keptIn(dir, time.clock()), FreeSpaceProbe.fileStore(), 0,
                time.clock());
        DeviceHealth health = new DeviceHealth("idcard", DeviceState.ONLINE, time.clock());
        SupervisedDevice reader = new SupervisedDevice("idcard", DeviceRole.ID_CARD_READER, health::current, health::addListener,
                () -> CompletableFuture.completedFuture(new SelfTestResult(true, Map.of("samId", "05.01"), Duration.ofMillis(7), "reader and SAM answer")),
                Map::of, () -> CompletableFuture.completedFuture(null));
        supervisor = new DeviceSupervisor(List.of(reader), SupervisionSettings.standard(new Random(1)), counters, time);
        supervisor.start();
        entry = new MaintenanceEntry(PinCheckTest.SETTINGS, SecretGesture.standard(), pins, audit,
                event -> audit.record(event.actor(), event.action(), event.detail()));
        Files.createDirectories(dir.resolve("logs"));
        console = new MaintenanceConsole(entry, supervisor, counters, new DiagnosticRun(supervisor.supervised(), Duration.ofSeconds(2)),
                outbox, wakes::incrementAndGet, new LogFiles(dir.resolve("logs"), line -> line, "SZ-NS-0001", time.clock()),
                new VersionInfo("SZ-NS-0001", dir, "2026.11-demo", "development", 1), audit);
    }

    @AfterEach
    void close() {
        supervisor.close();
        outbox.close();
        counters.close();
        audit.close();
    }

    private void signIn() {
        for (int i = 0; i < 5; i++) {
            entry.tap(new ScreenTap(0.02, 0.02, time.now()));
        }
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
    }

    @Test
    void nothingCanBeDoneBeforeATechnicianIsIn() {
        assertThatThrownBy(console::takeOutOfService).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> console.selfTest("idcard")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(console::retryNow).isInstanceOf(IllegalStateException.class);

        assertThat(supervisor.offer().get().inService()).isTrue();
        assertThat(wakes).hasValue(0);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED);
    }

    @Test
    void aTechnicianTakesTheKioskOutRunsASelfTestAndPutsItBackAllJournaled() {
        signIn();

        console.takeOutOfService();
        assertThat(supervisor.offer().get().availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.MAINTENANCE));
        DiagnosticResult test = console.selfTest("idcard");
        console.retryNow();
        console.returnToService();

        assertThat(test.ok()).isTrue();
        assertThat(test.details()).containsEntry("samId", "05.01");
        assertThat(supervisor.offer().get().inService()).isTrue();
        assertThat(wakes).hasValue(1);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.RETURNED_TO_SERVICE,
                AuditAction.OUTBOX_RETRY_NOW, AuditAction.SELF_TEST_RUN, AuditAction.TAKEN_OUT_OF_SERVICE,
                AuditAction.MAINTENANCE_ENTERED, AuditAction.PIN_ACCEPTED, AuditAction.GESTURE_RECOGNISED,
                AuditAction.JOURNAL_KEYED);
        assertThat(audit.latest(10).get(2).detail()).isEqualTo("idcard passed in 7 ms");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theJournalVerdictIsTheWholeJournalCheckedAndLookingIsNotRecorded() throws Exception {
        audit.record("kiosk", AuditAction.SELF_TEST_RUN, "idcard passed in 7 ms");
        assertThat(console.journalVerdict()).isEqualTo(new ChainVerdict.Intact(2, audit.latest(1).get(0).hash()));

        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosk.db"));
             java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM audit WHERE seq = 1");
        }

        assertThat(console.journalVerdict()).isInstanceOfSatisfying(ChainVerdict.Broken.class,
                b -> assertThat(b.problem()).isEqualTo(ChainVerdict.Problem.MISSING));
        assertThat(audit.latest(10)).hasSize(1);
    }

    @Test
    void anUnknownDeviceOrFilingIsAClearAnswer() {
        signIn();

        assertThatThrownBy(() -> console.selfTest("scanner")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no device named scanner");
        assertThat(console.requeue("no-such-submission")).isFalse();
        assertThat(console.outbox()).isEmpty();
        assertThat(console.errorChart("idcard")).hasSize(MaintenanceConsole.CHART_DAYS);
    }

    @Test
    void twentyWrongPinsTakeTheKioskOutOfServiceForCitizensUntilARemoteUnlock() {
        supervisor.followLockout(pins.outOfService());
        for (int i = 1; i <= 20; i++) {
            pins.check(PinCheckTest.WRONG.toCharArray(), "technician:pin");
            if (pins.state() instanceof LockoutState.Closed closed) {
                time.advance(Duration.between(time.now(), closed.until()));
            }
        }

        assertThat(supervisor.offer().get().availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.LOCKED_OUT));
        pins.unlockRemotely("c3a1-unlock");
        assertThat(supervisor.offer().get().inService()).isTrue();
    }

    @Test
    void aTechniciansOwnTakingOutOutlastsALockoutLifted() {
        signIn();
        console.takeOutOfService();
        supervisor.lockOut(true);
        supervisor.lockOut(false);

        assertThat(supervisor.offer().get().availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.MAINTENANCE));
    }

    @Test
    void aSetAsideFilingIsShownRetriedAndExportedEachActionJournaled() throws Exception {
        SubmissionDesk desk = new SubmissionDesk("SZ-NS-0001", outbox, SigningKey.openOrCreate(dir.resolve("keys")),
                LookupKey.openOrCreate(dir.resolve("keys")), time.clock(), ZoneId.of("Asia/Shanghai"));
        String id = ((FilingOutcome.Filed) desk.file(TestFilings.moveIn(TestFilings.ZHANG_WEI))).submissionId();
        outbox.markUploading(id);
        outbox.recordFailedAttempt(id, "upload answered 413 without an error body", AttemptFailure.REFUSED);
        outbox.setAside(id, SetAsideCause.REFUSED_AS_SENT);
        Path usb = Files.createDirectories(dir.resolve("media/onetrip-usb"));
        assertThatThrownBy(() -> console.retrySetAside(id)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> console.exportSetAside(id, usb)).isInstanceOf(IllegalStateException.class);
        signIn();

        assertThat(console.setAside()).singleElement().satisfies(filing -> {
            assertThat(filing.trackingNumber()).isEqualTo("SZ-NS-0001-20261121-0001");
            assertThat(filing.attempts()).isEqualTo(1);
            assertThat(filing.tries().first()).contains(time.now());
        });
        ExportOutcome exported = console.exportSetAside(id, usb);
        ExportOutcome noDrive = console.exportSetAside(id, dir.resolve("media/not-there"));
        assertThat(console.retrySetAside(id)).isTrue();
        assertThat(console.retrySetAside(id)).isFalse();

        assertThat(exported).isEqualTo(new ExportOutcome.Written(usb.resolve("onetrip-filing-SZ-NS-0001-20261121-0001.zip"),
                Files.size(usb.resolve("onetrip-filing-SZ-NS-0001-20261121-0001.zip"))));
        assertThat(noDrive).isInstanceOfSatisfying(ExportOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ExportOutcome.Reason.NO_DRIVE));
        assertThat(outbox.entry(id).orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
        assertThat(console.setAside()).isEmpty();
        assertThat(wakes).hasValue(1);
        assertThat(audit.latest(4)).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                tuple(AuditAction.OUTBOX_SET_ASIDE_RETRIED, "filing SZ-NS-0001-20261121-0001 (REFUSED_AS_SENT after 1 attempts)"),
                tuple(AuditAction.OUTBOX_SET_ASIDE_EXPORTED,
                        "filing SZ-NS-0001-20261121-0001 (REFUSED_AS_SENT after 1 attempts) failed: NO_DRIVE"),
                tuple(AuditAction.OUTBOX_SET_ASIDE_EXPORTED, "filing SZ-NS-0001-20261121-0001 (REFUSED_AS_SENT after 1"
                        + " attempts) to onetrip-filing-SZ-NS-0001-20261121-0001.zip"),
                tuple(AuditAction.MAINTENANCE_ENTERED, ""));
        assertThat(audit.verify().intact()).isTrue();
    }
}
