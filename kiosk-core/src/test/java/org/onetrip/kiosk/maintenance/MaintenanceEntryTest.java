package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.time.ManualTime;

class MaintenanceEntryTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private PinCheck pins;
    private AuditJournal audit;
    private MaintenanceEntry entry;

    @BeforeEach
    void open() {
        pins = PinCheck.open(PinCheckTest.SETTINGS, dir, time.clock());
        audit = AuditJournal.open(dir, dir.resolve("keys"), time.clock());
        entry = new MaintenanceEntry(PinCheckTest.SETTINGS, SecretGesture.standard(), pins, audit);
    }

    @AfterEach
    void close() {
        pins.close();
        audit.close();
    }

    private void doGesture() {
        for (int i = 0; i < 5; i++) {
            entry.tap(new ScreenTap(0.02, 0.02, time.now()));
            time.advance(Duration.ofMillis(300));
        }
    }

    @Test
    void gestureThenPinOpensMaintenanceModeAndEverythingIsJournaled() {
        doGesture();
        assertThat(entry.stage().get()).isEqualTo(EntryStage.ASKING_PIN);

        assertThat(entry.enterPin("999999".toCharArray())).isEqualTo(new PinOutcome.Wrong(4));
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        assertThat(entry.stage().get()).isEqualTo(EntryStage.OPEN);
        entry.record(AuditAction.TAKEN_OUT_OF_SERVICE, "");
        entry.leave();

        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.MAINTENANCE_LEFT,
                AuditAction.TAKEN_OUT_OF_SERVICE, AuditAction.MAINTENANCE_ENTERED, AuditAction.PIN_REJECTED,
                AuditAction.GESTURE_RECOGNISED, AuditAction.JOURNAL_KEYED);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void tapsOnTheCitizensScreenWithoutTheGestureNeverAskForAPin() {
        for (int i = 0; i < 20; i++) {
            entry.tap(new ScreenTap(0.5, 0.7, time.now()));
            time.advance(Duration.ofMillis(200));
        }
        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThatThrownBy(() -> entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLockoutClosesThePromptAndIsJournaled() {
        doGesture();
        for (int i = 0; i < 4; i++) {
            entry.enterPin("000000".toCharArray());
        }
        assertThat(entry.enterPin("000000".toCharArray())).isInstanceOf(PinOutcome.LockedOut.class);

        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditAction.PIN_LOCKED_OUT);
        doGesture();
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).as("still locked after the gesture").isInstanceOf(PinOutcome.LockedOut.class);
    }

    @Test
    void aTechnicianCardOpensMaintenanceModeAndOtherCardsAreIgnoredWithoutATrace() {
        assertThat(entry.presentCard("0011223344556677")).isFalse();
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED);

        assertThat(entry.presentCard("04A1B2C3D4E5F6")).isTrue();

        assertThat(entry.stage().get()).isEqualTo(EntryStage.OPEN);
        assertThat(entry.technician()).contains("technician:card:…E5F6");
        assertThat(audit.latest(1).get(0).actor()).isEqualTo("technician:card:…E5F6");
    }

    @Test
    void actionsAreRefusedOutsideMaintenanceMode() {
        assertThatThrownBy(() -> entry.record(AuditAction.TAKEN_OUT_OF_SERVICE, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not open");
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED);
    }
}
