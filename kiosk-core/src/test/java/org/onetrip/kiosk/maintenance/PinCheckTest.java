package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;
import org.onetrip.kiosk.time.ManualTime;

/** The lockout lives in the audit journal: it escalates, survives restarts, and a tampered journal keeps PIN entry closed. */
class PinCheckTest {
    static final String PIN = "135790";
    static final String WRONG = "000000";
    static final PinHash HASH = PinHash.Argon2id.derive(PIN.toCharArray(),
            "sixteen-byte-salt".getBytes(StandardCharsets.US_ASCII), new PinHash.Argon2Cost(8192, 1, 1));
    /** PIN only, the standard schedule: 5 wrong, 5 minutes, doubling, out of service after 20. */
    static final MaintenanceSettings SETTINGS = new MaintenanceSettings(List.of(HASH), 5, Duration.ofMinutes(5), List.of());
    static final String TECHNICIAN = "technician:pin";

    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AuditJournal audit;
    private PinCheck pins;

    @BeforeEach
    void open() {
        audit = AuditJournal.open(dir, time.clock());
        pins = PinCheck.open(SETTINGS, audit, time.clock());
    }

    @AfterEach
    void close() {
        audit.close();
    }

    private PinOutcome wrong() {
        return pins.check(WRONG.toCharArray(), TECHNICIAN);
    }

    private void restart() {
        audit.close();
        audit = AuditJournal.open(dir, time.clock());
        pins = PinCheck.open(SETTINGS, audit, time.clock());
    }

    private void sql(String statement) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosk.db"));
             Statement s = db.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void theRightPinIsAcceptedAndJournaled() {
        assertThat(pins.check(PIN.toCharArray(), TECHNICIAN)).isInstanceOf(PinOutcome.Accepted.class);
        assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditAction.PIN_ACCEPTED);
    }

    @Test
    void theArrayHoldingThePinIsClearedAfterTheCheck() {
        char[] typed = PIN.toCharArray();
        pins.check(typed, TECHNICIAN);
        assertThat(typed).containsOnly('\0');
    }

    @Test
    void wrongPinsCloseEntryFiveMinutesThenTenThenTwentyThenTakeTheKioskOutOfService() {
        Instant start = time.now();
        for (int i = 4; i >= 1; i--) {
            assertThat(wrong()).isEqualTo(new PinOutcome.Wrong(i));
        }
        assertThat(wrong()).isEqualTo(new PinOutcome.LockedOut(start.plus(Duration.ofMinutes(5))));
        assertThat(pins.check(PIN.toCharArray(), TECHNICIAN)).as("the right PIN is not even checked")
                .isEqualTo(new PinOutcome.LockedOut(start.plus(Duration.ofMinutes(5))));

        for (Duration closing : List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20))) {
            time.advance(closing);
            Instant now = time.now();
            for (int i = 0; i < 4; i++) {
                assertThat(wrong()).isInstanceOf(PinOutcome.Wrong.class);
            }
            if (closing.toMinutes() < 20) {
                assertThat(wrong()).isEqualTo(new PinOutcome.LockedOut(now.plus(closing.multipliedBy(2))));
            } else {
                assertThat(wrong()).isEqualTo(new PinOutcome.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS));
            }
        }
        assertThat(pins.outOfService().get()).isTrue();
        time.advance(Duration.ofDays(3));
        assertThat(pins.check(PIN.toCharArray(), TECHNICIAN)).as("time alone does not reopen it")
                .isEqualTo(new PinOutcome.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS));
        assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditAction.LOCKED_OUT_OF_SERVICE);
    }

    @Test
    void aRightPinStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            wrong();
        }
        pins.check(PIN.toCharArray(), TECHNICIAN);
        assertThat(wrong()).isEqualTo(new PinOutcome.Wrong(4));
    }

    @Test
    void theLockoutSurvivesARestart() {
        for (int i = 0; i < 5; i++) {
            wrong();
        }
        restart();

        assertThat(pins.state()).isEqualTo(new LockoutState.Closed(time.now().plus(Duration.ofMinutes(5))));
        time.advance(Duration.ofMinutes(5));
        assertThat(wrong()).as("the count goes on from 5").isEqualTo(new PinOutcome.Wrong(4));
    }

    @Test
    void deletingTheJournalsPinRowsKeepsPinEntryClosed() throws SQLException {
        for (int i = 0; i < 5; i++) {
            wrong();
        }
        audit.record("kiosk", AuditAction.GESTURE_RECOGNISED, "PIN prompt shown");

        sql("DELETE FROM audit WHERE action IN ('PIN_REJECTED', 'PIN_LOCKED_OUT')");
        assertThat(pins.state()).as("the running kiosk follows what it wrote, not the rows")
                .isInstanceOf(LockoutState.Closed.class);
        restart();

        assertThat(pins.state()).isEqualTo(new LockoutState.UnlockNeeded(LockoutState.Reason.JOURNAL_BROKEN));
        time.advance(Duration.ofDays(1));
        assertThat(pins.check(PIN.toCharArray(), TECHNICIAN))
                .isEqualTo(new PinOutcome.UnlockNeeded(LockoutState.Reason.JOURNAL_BROKEN));
        assertThat(pins.outOfService().get()).as("citizens are still served").isFalse();
    }

    @Test
    void rewritingTheWrongPinsAsSomethingElseKeepsPinEntryClosed() throws SQLException {
        for (int i = 0; i < 5; i++) {
            wrong();
        }
        sql("UPDATE audit SET action = 'GESTURE_RECOGNISED' WHERE action IN ('PIN_REJECTED', 'PIN_LOCKED_OUT')");
        restart();

        assertThat(pins.state()).isEqualTo(new LockoutState.UnlockNeeded(LockoutState.Reason.JOURNAL_BROKEN));
    }

    @Test
    void aBrokenJournalOpensForATechnicianCardOnePinAtATimeOrForARemoteUnlock() throws SQLException {
        wrong();
        wrong();
        sql("DELETE FROM audit WHERE seq = 1");
        restart();

        assertThat(pins.liftWithCard("technician:card:…E5F6")).isTrue();
        assertThat(pins.state()).isEqualTo(new LockoutState.Open(1));
        assertThat(wrong()).isEqualTo(new PinOutcome.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS));
        assertThat(pins.outOfService().get()).isTrue();

        pins.unlockRemotely("7d0c1f6e-unlock");

        assertThat(pins.state()).isEqualTo(new LockoutState.Open(5));
        assertThat(pins.outOfService().get()).isFalse();
    }

    @Test
    void aRemoteUnlockEndsTheOutOfServiceAndIsJournaledAcrossARestart() {
        takeOutOfService();

        pins.unlockRemotely("5b8f0c2a-unlock");

        assertThat(pins.outOfService().get()).isFalse();
        AuditEntry unlock = audit.latest(1).get(0);
        assertThat(unlock.action()).isEqualTo(AuditAction.REMOTE_UNLOCK);
        assertThat(unlock.detail()).contains("5b8f0c2a-unlock", "TOO_MANY_WRONG_PINS");
        restart();
        assertThat(pins.state()).isEqualTo(new LockoutState.Open(5));
    }

    @Test
    void aTechnicianCardLiftsTheOutOfServiceButPinEntryWaitsAndTakesOnePinAtATime() {
        takeOutOfService();
        Instant twentieth = time.now();
        time.advance(Duration.ofMinutes(10));

        assertThat(pins.liftWithCard("technician:card:…E5F6")).isTrue();

        assertThat(pins.outOfService().get()).isFalse();
        assertThat(pins.state()).isEqualTo(new LockoutState.Closed(twentieth.plus(Duration.ofMinutes(40))));
        time.advance(Duration.ofMinutes(30));
        assertThat(wrong()).isEqualTo(new PinOutcome.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS));
        restart();
        assertThat(pins.outOfService().get()).as("out of service again, across a restart").isTrue();
        assertThat(pins.liftWithCard("technician:card:…E5F6")).isTrue();
        time.advance(Duration.ofMinutes(40));
        assertThat(pins.check(PIN.toCharArray(), "technician:card:…E5F6")).isInstanceOf(PinOutcome.Accepted.class);
        assertThat(pins.state()).isEqualTo(new LockoutState.Open(5));
    }

    @Test
    void aCardLiftsNothingWhilePinEntryIsOpenOrOnlyClosedForAWhile() {
        assertThat(pins.liftWithCard("technician:card:…E5F6")).isFalse();
        for (int i = 0; i < 5; i++) {
            wrong();
        }
        assertThat(pins.liftWithCard("technician:card:…E5F6")).isFalse();
        assertThat(pins.state()).isInstanceOf(LockoutState.Closed.class);
    }

    /** Twenty wrong PINs, waiting out each closing. */
    private void takeOutOfService() {
        for (int i = 1; i <= 20; i++) {
            wrong();
            pins.state();
            if (pins.state() instanceof LockoutState.Closed closed) {
                time.advance(Duration.between(time.now(), closed.until()));
            }
        }
        assertThat(pins.state()).isEqualTo(new LockoutState.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS));
    }
}
