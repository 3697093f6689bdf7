package org.onetrip.kiosk.reminder;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Reminds the citizen to take their ID card: when a session ends (finished, timed out, or the
 * kiosk went out of service) while a card still lies on the reader, the reminder stands until
 * the reader reports the card removed, a new session starts, or {@link #DEFAULT_LIMIT} passes,
 * so a card forgotten for good does not keep the kiosk talking to an empty hall.
 *
 * <p>Thread-safe. Session changes arrive under the shell's lock, card events on the reader's
 * thread and the limit on the scheduler's; this model never calls back into either while
 * holding its own lock.
 */
public final class CardLeftBehind implements AutoCloseable {

    /** How long a reminder stands when nobody takes the card. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

    private final KioskShell shell;
    private final ReadOnlyValue<Boolean> cardOnReader;
    private final Scheduler scheduler;
    private final Duration limit;
    private final Value<Optional<Language>> reminder = new Value<>(Optional.empty());
    private final Subscription sessions;
    private final Subscription cards;
    private ScheduledTask expiry = () -> { };

    /**
     * @param cardOnReader whether a card lies on the reader, following the reader's card events
     * @param scheduler ends a reminder nobody answered
     * @param limit how long a reminder stands at most; positive
     */
    public CardLeftBehind(KioskShell shell, ReadOnlyValue<Boolean> cardOnReader, Scheduler scheduler, Duration limit) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.cardOnReader = Objects.requireNonNull(cardOnReader, "cardOnReader");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.limit = Objects.requireNonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.sessions = shell.sessionState().subscribe(this::sessionChanged);
        this.cards = cardOnReader.subscribe(onReader -> {
            if (!onReader) {
                dismiss();
            }
        });
    }

    /**
     * The reminder to show and speak, in the language of the session that just ended; empty when
     * there is nothing to remind of.
     */
    public ReadOnlyValue<Optional<Language>> reminder() {
        return reminder;
    }

    private void sessionChanged(SessionState state) {
        if (!(state instanceof SessionState.NoSession)) {
            dismiss();
            return;
        }
        // The session's state turns to none before the shell resets the language, so this is
        // still the language the citizen was reading.
        Language theirs = shell.language().get();
        synchronized (this) {
            // read under the lock: a removal reported meanwhile dismisses after this, not before
            if (!cardOnReader.get()) {
                return;
            }
            expiry.cancel();
            reminder.set(Optional.of(theirs));
            expiry = scheduler.schedule(limit, this::dismiss);
        }
    }

    private synchronized void dismiss() {
        expiry.cancel();
        reminder.set(Optional.empty());
    }

    @Override
    public void close() {
        sessions.cancel();
        cards.cancel();
        dismiss();
    }
}
