package org.onetrip.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.supervision.SupervisedDevice;
import org.onetrip.kiosk.time.ManualTime;

/** What the kiosk notes reaches the audit journal in order, off the noting thread; sessions and faults by following. */
class JournalWriterTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AuditJournal audit;
    private JournalWriter writer;

    @BeforeEach
    void open() {
        audit = AuditJournal.open(dir.resolve("data"), time.clock());
        writer = new JournalWriter(audit);
    }

    @AfterEach
    void close() {
        writer.close();
        audit.close();
    }

    @Test
    void aSessionsEndAndItsFilingAreRecordedInTheOrderNoted() {
        KioskShell shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)),
                Language.ZH_CN, time.clock(), time);
        writer.follow(shell);
        shell.touch();
        shell.openJourney(Journey.FILE_APPLICATION);
        writer.note(new JournalEvent.FilingCommitted("SZ-NS-0001-20261121-0007", "GAJ-JZZSL"));
        writer.note(new JournalEvent.Receipt("SZ-NS-0001-20261121-0007", Optional.of("PAPER_OUT")));
        writer.note(new JournalEvent.FilingNotTaken("YBJ-YDJYBA", FilingRefused.DISK_FULL));
        time.advance(Duration.ofSeconds(80));

        List<AuditEntry> entries = written();

        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED,
                AuditAction.FILING_COMMITTED, AuditAction.RECEIPT_NOT_PRINTED, AuditAction.FILING_NOT_TAKEN,
                AuditAction.SESSION_ENDED);
        assertThat(entries).extracting(AuditEntry::detail).containsSubsequence("SZ-NS-0001-20261121-0007 GAJ-JZZSL",
                "SZ-NS-0001-20261121-0007: PAPER_OUT", "YBJ-YDJYBA: DISK_FULL",
                "timed out after 80 s; journeys: FILE_APPLICATION");
        assertThat(entries.get(4).actor()).isEqualTo("citizen");
    }

    @Test
    void aDeviceThatStopsBeingUsableAndComesBackIsRecordedOnceEachWay() {
        DeviceHealth printer = new DeviceHealth("receipt-printer", DeviceState.ONLINE, time.clock());
        writer.follow(List.of(device("receipt-printer", DeviceRole.RECEIPT_PRINTER, printer)));

        printer.report(DeviceState.DEGRADED, DeviceReason.PAPER_NEAR_END, "paper near end");
        printer.report(DeviceState.HARDWARE_ERROR, DeviceReason.PAPER_OUT, "paper out");
        printer.report(DeviceState.OFFLINE, DeviceReason.PAPER_OUT, "no answer");
        printer.online();

        assertThat(written()).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.JOURNAL_KEYED, "a new journal"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.DEVICE_FAULT, "receipt-printer HARDWARE_ERROR [PAPER_OUT]"),
                org.assertj.core.groups.Tuple.tuple(AuditAction.DEVICE_RECOVERED, "receipt-printer ONLINE"));
    }

    @Test
    void aDeviceThatComesUpAtStartIsNoFaultButOneThatReportsAFaultBeforeItWasEverUsableIs() {
        DeviceHealth reader = new DeviceHealth("idcard", DeviceState.OFFLINE, time.clock());
        DeviceHealth scanner = new DeviceHealth("scanner", DeviceState.OFFLINE, time.clock());
        writer.follow(List.of(device("idcard", DeviceRole.ID_CARD_READER, reader),
                device("scanner", DeviceRole.SCANNER, scanner)));

        reader.online();
        scanner.report(DeviceState.HARDWARE_ERROR, DeviceReason.COVER_OPEN, "cover open");
        scanner.online();

        assertThat(written()).extracting(AuditEntry::detail).containsExactly("a new journal",
                "scanner HARDWARE_ERROR [COVER_OPEN]", "scanner ONLINE");
    }

    @Test
    void anEventTheJournalRefusesIsDroppedAndTheNextOnesAreStillWritten() {
        writer.note(new JournalEvent.FilingNotTaken("110101198503121239", FilingRefused.CARD_CHANGED));
        writer.note(new JournalEvent.KioskStopped());

        assertThat(written()).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED,
                AuditAction.KIOSK_STOPPED);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void whatIsNotedAfterCloseIsNotWrittenAndNothingThrows() {
        writer.close();

        writer.note(new JournalEvent.KioskStopped());

        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED);
    }

    private static SupervisedDevice device(String name, DeviceRole role, DeviceHealth health) {
        return new SupervisedDevice(name, role, health::current, health::addListener,
                () -> CompletableFuture.completedFuture(new SelfTestResult(true, Map.of(), Duration.ZERO, "")), Map::of,
                () -> CompletableFuture.completedFuture(null));
    }

    /** Everything written, oldest first, once the writer has written all it was given. */
    private List<AuditEntry> written() {
        writer.close();
        List<AuditEntry> entries = new ArrayList<>(audit.latest(100));
        java.util.Collections.reverse(entries);
        return entries;
    }
}
