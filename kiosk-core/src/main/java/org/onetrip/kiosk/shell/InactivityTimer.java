package org.onetrip.kiosk.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Watches for a session left alone: after {@link SessionTimeouts#inactivity()} without a touch it
 * counts down the {@link SessionTimeouts#warning()} second by second, then reports expiry. The
 * time-outs are read afresh at each restart, so a change of look (elder mode) applies from the
 * next touch.
 * Not thread-safe: its owner calls it, and runs its scheduled tasks, under one lock.
 */
final class InactivityTimer {

    /** Hears the countdown; called on the scheduler's thread. */
    interface Listener {
        void countdown(int secondsLeft);

        void expired();
    }

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final Clock clock;
    private final Scheduler scheduler;
    private final Supplier<SessionTimeouts> timeouts;
    private final Listener listener;
    private ScheduledTask pending = () -> { };
    // A task that was already running when it was cancelled must not act: it checks its round.
    private long round;
    private Instant deadline;

    InactivityTimer(Clock clock, Scheduler scheduler, Supplier<SessionTimeouts> timeouts, Listener listener) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.timeouts = timeouts;
        this.listener = listener;
    }

    /** Starts waiting for inactivity afresh, dropping any countdown under way. */
    void restart() {
        stop();
        SessionTimeouts now = timeouts.get();
        scheduleInRound(now.inactivity(), () -> startCountdown(now));
    }

    void stop() {
        pending.cancel();
        round++;
    }

    private void startCountdown(SessionTimeouts now) {
        deadline = clock.instant().plus(now.warning());
        tick();
    }

    private void tick() {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            stop();
            listener.expired();
            return;
        }
        long secondsLeft = ceilSeconds(left);
        listener.countdown((int) secondsLeft);
        // Wake when the shown number should drop by one.
        Duration untilNextNumber = left.minus(SECOND.multipliedBy(secondsLeft - 1));
        scheduleInRound(untilNextNumber, this::tick);
    }

    private void scheduleInRound(Duration delay, Runnable step) {
        long scheduledRound = round;
        pending = scheduler.schedule(delay, () -> {
            if (round == scheduledRound) {
                step.run();
            }
        });
    }

    private static long ceilSeconds(Duration positive) {
        long seconds = positive.getSeconds();
        return positive.getNano() > 0 ? seconds + 1 : seconds;
    }
}
