package org.onetrip.kiosk.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * Checks technician PINs against the configured hashes, and keeps the lockout of the
 * {@link LockoutSchedule} in the audit journal: every wrong and right PIN, closing, card unlock
 * and remote unlock is an entry, and the lockout is what those entries add up to. Deleting a row
 * of {@code kiosk.db} therefore breaks the journal's chain instead of reopening PIN entry, and a
 * broken journal keeps PIN entry closed until a technician card or a remote unlock
 * ({@link LockoutState.Reason#JOURNAL_BROKEN}). The lockout is read from the journal when the
 * check opens and followed in memory after, as each entry is written.
 *
 * <p>Thread-safe. A check blocks for one key derivation per configured PIN; one check runs at a
 * time, while {@link #state()} answers at once (a screen may ask on its own thread).
 */
public final class PinCheck {
    private static final Logger log = LoggerFactory.getLogger(PinCheck.class);

    private final MaintenanceSettings settings;
    private final LockoutSchedule schedule;
    private final AuditJournal audit;
    private final Clock clock;
    private final PinLockout lockout;
    private final Value<Boolean> outOfService;

    private PinCheck(MaintenanceSettings settings, AuditJournal audit, Clock clock) {
        this.settings = settings;
        this.schedule = LockoutSchedule.of(settings);
        this.audit = audit;
        this.clock = clock;
        this.lockout = PinLockout.fromJournal(schedule, audit);
        LockoutState state = lockout.at(clock.instant());
        if (state instanceof LockoutState.UnlockNeeded needed) {
            log.warn("technician PIN entry is closed until a technician card or a remote unlock: {}", needed.reason());
        }
        this.outOfService = new Value<>(state.outOfService());
    }

    /** Reads the lockout from the journal (verifying its chain once). */
    public static PinCheck open(MaintenanceSettings settings, AuditJournal audit, Clock clock) {
        return new PinCheck(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(audit, "audit"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Checks a PIN, then clears the array, and journals the outcome under {@code actor}. While PIN
     * entry is closed the PIN is not checked and nothing is counted.
     */
    public synchronized PinOutcome check(char[] pin, String actor) {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(actor, "actor");
        try {
            LockoutState before = state();
            if (before instanceof LockoutState.Closed closed) {
                return new PinOutcome.LockedOut(closed.until());
            }
            if (before instanceof LockoutState.UnlockNeeded needed) {
                return new PinOutcome.UnlockNeeded(needed.reason());
            }
            boolean right = settings.acceptsPin(pin);
            Instant now = clock.instant();
            if (right) {
                apply(AuditAction.PIN_ACCEPTED, now);
                audit.record(actor, AuditAction.PIN_ACCEPTED, "");
                publish();
                return new PinOutcome.Accepted();
            }
            int wrong = apply(AuditAction.PIN_REJECTED, now);
            audit.record(actor, AuditAction.PIN_REJECTED, "wrong PIN " + wrong + " in a row");
            LockoutState after = state();
            publish();
            if (after instanceof LockoutState.UnlockNeeded needed) {
                audit.record("kiosk", AuditAction.LOCKED_OUT_OF_SERVICE, wrong
                        + " wrong PINs in a row: out of service until a technician card or a remote unlock");
                return new PinOutcome.UnlockNeeded(needed.reason());
            }
            if (after instanceof LockoutState.Closed closed) {
                audit.record("kiosk", AuditAction.PIN_LOCKED_OUT, "PIN entry closed until " + closed.until());
                return new PinOutcome.LockedOut(closed.until());
            }
            return new PinOutcome.Wrong(((LockoutState.Open) after).attemptsLeft());
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /**
     * A configured technician card on the reader lifts a lockout that needs an unlock, and says
     * so in the journal; the card holder still needs the PIN.
     *
     * @return whether there was a lockout to lift
     */
    public synchronized boolean liftWithCard(String actor) {
        if (!(state() instanceof LockoutState.UnlockNeeded needed)) {
            return false;
        }
        apply(AuditAction.CARD_UNLOCK, clock.instant());
        audit.record(actor, AuditAction.CARD_UNLOCK, "lifted " + needed.reason());
        publish();
        return true;
    }

    /**
     * The operator unlocked the kiosk from the backend: the lockout ends and the count of wrong
     * PINs starts again; journaled with the unlock's id.
     */
    public synchronized void unlockRemotely(String unlockId) {
        Objects.requireNonNull(unlockId, "unlockId");
        LockoutState before = state();
        apply(AuditAction.REMOTE_UNLOCK, clock.instant());
        audit.record("backend", AuditAction.REMOTE_UNLOCK, "unlock " + unlockId + (before instanceof LockoutState.Open
                ? "" : "; lifted " + describe(before)));
        publish();
    }

    /** Whether a PIN may be entered now; answers at once, even while a check runs. */
    public LockoutState state() {
        synchronized (lockout) {
            return lockout.at(clock.instant());
        }
    }

    /** Takes an entry into the lockout; returns the wrong PINs in a row after it. */
    private int apply(AuditAction action, Instant at) {
        synchronized (lockout) {
            lockout.apply(action, at);
            return lockout.wrong();
        }
    }

    /** Whether too many wrong PINs took the kiosk out of service; follows every change. */
    public ReadOnlyValue<Boolean> outOfService() {
        return outOfService;
    }

    private void publish() {
        outOfService.set(state().outOfService());
    }

    private static String describe(LockoutState state) {
        if (state instanceof LockoutState.UnlockNeeded needed) {
            return needed.reason().name();
        }
        return state instanceof LockoutState.Closed closed ? "closed until " + closed.until() : "open";
    }
}
