package org.onetrip.kiosk.shell;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.time.Scheduler;

/**
 * One citizen's use of the kiosk at a time: its scope of held data and its inactivity watch.
 * Not thread-safe: {@link KioskShell} calls it under its lock.
 */
final class CitizenSession {

    private final Value<SessionState> state = new Value<>(SessionState.NONE);
    private final InactivityTimer timer;
    private SessionScope scope;

    CitizenSession(Clock clock, Scheduler scheduler, Supplier<SessionTimeouts> timeouts, Runnable onExpired) {
        this.timer = new InactivityTimer(clock, scheduler, timeouts, new InactivityTimer.Listener() {
            @Override
            public void countdown(int secondsLeft) {
                state.set(new SessionState.EndingSoon(secondsLeft));
            }

            @Override
            public void expired() {
                onExpired.run();
            }
        });
    }

    ReadOnlyValue<SessionState> state() {
        return state;
    }

    boolean isActive() {
        return scope != null;
    }

    Optional<SessionScope> scope() {
        return Optional.ofNullable(scope);
    }

    SessionScope start() {
        scope = new SessionScope();
        state.set(SessionState.IN_USE);
        timer.restart();
        return scope;
    }

    /** The citizen touched the screen: the inactivity wait starts again. */
    void touched() {
        if (isActive()) {
            state.set(SessionState.IN_USE);
            timer.restart();
        }
    }

    /**
     * Ends the session and wipes what it held.
     *
     * @throws org.onetrip.kiosk.session.SessionWipeException if some data failed to wipe; the
     *     session has ended all the same
     */
    void end() {
        timer.stop();
        SessionScope ending = scope;
        scope = null;
        state.set(SessionState.NONE);
        if (ending != null) {
            ending.wipe();
        }
    }
}
