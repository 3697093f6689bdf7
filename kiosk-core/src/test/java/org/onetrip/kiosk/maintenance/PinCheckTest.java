package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.config.PinHash;
import org.onetrip.kiosk.time.ManualTime;

class PinCheckTest {
    static final String PIN = "246810";
    static final MaintenanceSettings SETTINGS = new MaintenanceSettings(
            List.of(PinHash.derive(PIN.toCharArray(), "sixteen-byte-salt".getBytes(StandardCharsets.US_ASCII), 10_000)),
            5, Duration.ofMinutes(15), List.of("04A1B2C3D4E5F6"));

    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void theRightPinIsAccepted() {
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            assertThat(pins.check(PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        }
    }

    @Test
    void theArrayHoldingThePinIsClearedAfterTheCheck() {
        char[] typed = PIN.toCharArray();
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            pins.check(typed);
        }
        assertThat(new String(typed)).isEqualTo("\0".repeat(PIN.length()));
    }

    @Test
    void fiveWrongPinsLockEntryForTheConfiguredTimeEvenForTheRightPin() {
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            for (int left = 4; left >= 1; left--) {
                assertThat(pins.check("000000".toCharArray())).isEqualTo(new PinOutcome.Wrong(left));
            }
            Instant until = Instant.parse("2026-11-21T14:15:00Z");
            assertThat(pins.check("111111".toCharArray())).isEqualTo(new PinOutcome.LockedOut(until));

            assertThat(pins.check(PIN.toCharArray())).as("the right PIN during the lockout").isEqualTo(new PinOutcome.LockedOut(until));
            time.advance(Duration.ofMinutes(14));
            assertThat(pins.check(PIN.toCharArray())).isEqualTo(new PinOutcome.LockedOut(until));

            time.advance(Duration.ofMinutes(1));
            assertThat(pins.lockedUntil()).isEmpty();
            assertThat(pins.check(PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        }
    }

    @Test
    void theLockoutSurvivesARestartOfTheKiosk() {
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            for (int i = 0; i < 5; i++) {
                pins.check("000000".toCharArray());
            }
        }
        try (PinCheck afterRestart = PinCheck.open(SETTINGS, dir, time.clock())) {
            assertThat(afterRestart.check(PIN.toCharArray())).isInstanceOf(PinOutcome.LockedOut.class);
        }
    }

    @Test
    void wrongPinsCountedBeforeARestartStillCount() {
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            pins.check("000000".toCharArray());
            pins.check("000000".toCharArray());
        }
        try (PinCheck afterRestart = PinCheck.open(SETTINGS, dir, time.clock())) {
            assertThat(afterRestart.check("000000".toCharArray())).isEqualTo(new PinOutcome.Wrong(2));
        }
    }

    @Test
    void aRightPinStartsTheCountOfWrongOnesAgain() {
        try (PinCheck pins = PinCheck.open(SETTINGS, dir, time.clock())) {
            for (int i = 0; i < 4; i++) {
                pins.check("000000".toCharArray());
            }
            assertThat(pins.check(PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
            assertThat(pins.check("000000".toCharArray())).isEqualTo(new PinOutcome.Wrong(4));
        }
    }
}
