package org.onetrip.kiosk.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The lockout as the audit journal's entries make it: a fold over the entries since the last
 * right PIN or remote unlock, by the {@link LockoutSchedule}. Not thread-safe: {@link PinCheck}
 * owns it.
 */
final class PinLockout {
    /** Entries after which the count starts again. */
    static final Set<AuditAction> RESETS = Set.of(AuditAction.PIN_ACCEPTED, AuditAction.REMOTE_UNLOCK);
    /** Entries that change the count otherwise. */
    static final Set<AuditAction> COUNTED = Set.of(AuditAction.PIN_REJECTED, AuditAction.CARD_UNLOCK);

    private final LockoutSchedule schedule;
    private int wrong;
    private Instant lastWrong = Instant.EPOCH;
    private boolean liftedByCard;
    private boolean journalBroken;

    private PinLockout(LockoutSchedule schedule) {
        this.schedule = schedule;
    }

    /**
     * The lockout the journal holds: from the entries since the last reset when the chain is
     * intact; when it is broken, PIN entry needs an unlock and no entry is trusted.
     */
    static PinLockout fromJournal(LockoutSchedule schedule, AuditJournal journal) {
        PinLockout lockout = new PinLockout(Objects.requireNonNull(schedule, "schedule"));
        if (!journal.verify().intact()) {
            lockout.journalBroken = true;
            return lockout;
        }
        List<AuditEntry> entries = journal.sinceLast(RESETS, COUNTED);
        entries.forEach(entry -> lockout.apply(entry.action(), entry.at()));
        return lockout;
    }

    /** Takes one more entry into account; entries of other actions change nothing. */
    void apply(AuditAction action, Instant at) {
        switch (action) {
            case PIN_REJECTED -> {
                wrong++;
                lastWrong = at;
                liftedByCard = false;
            }
            case PIN_ACCEPTED, REMOTE_UNLOCK -> {
                wrong = 0;
                lastWrong = Instant.EPOCH;
                liftedByCard = false;
                journalBroken = false;
            }
            case CARD_UNLOCK -> {
                if (journalBroken) {
                    // the count is unknown: the card holder gets one PIN at a time, as after the last step
                    journalBroken = false;
                    wrong = Math.max(wrong, schedule.outOfServiceAfter());
                }
                liftedByCard = true;
            }
            default -> {
                // other actions do not bear on the lockout
            }
        }
    }

    /** The wrong PINs in a row so far. */
    int wrong() {
        return wrong;
    }

    LockoutState at(Instant now) {
        if (journalBroken) {
            return new LockoutState.UnlockNeeded(LockoutState.Reason.JOURNAL_BROKEN);
        }
        if (schedule.outOfService(wrong)) {
            if (!liftedByCard) {
                return new LockoutState.UnlockNeeded(LockoutState.Reason.TOO_MANY_WRONG_PINS);
            }
            Instant until = lastWrong.plus(schedule.closingBeyond());
            return now.isBefore(until) ? new LockoutState.Closed(until) : new LockoutState.Open(1);
        }
        if (schedule.closingAfter(wrong).isPresent()) {
            Instant until = lastWrong.plus(schedule.closingAfter(wrong).get());
            if (now.isBefore(until)) {
                return new LockoutState.Closed(until);
            }
        }
        return new LockoutState.Open(schedule.attemptsLeft(wrong));
    }
}
