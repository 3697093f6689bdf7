package org.onetrip.kiosk.supervision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Restarts the kiosk when asked, but never while a citizen is using it. The request is a file in
 * the data directory ({@value #REQUEST_FILE}), left by the nightly timer or by the package when a
 * new release was installed; the kiosk looks for it every interval and as soon as a session ends,
 * and when no session is active it removes the file and ends itself (systemd starts it again).
 */
public final class RestartBetweenSessions implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RestartBetweenSessions.class);

    /** The request's name in the data directory (deploy/bin/onetrip-release writes it). */
    public static final String REQUEST_FILE = "restart-requested";

    private final Path request;
    private final ReadOnlyValue<SessionState> sessions;
    private final Scheduler scheduler;
    private final Duration every;
    private final Runnable restart;
    private Subscription sessionEnds;
    private ScheduledTask next;
    private boolean done;

    /**
     * @param dataDirectory the kiosk's data directory, where the request appears
     * @param restart       ends the kiosk; called at most once, on the scheduler's thread
     */
    public RestartBetweenSessions(Path dataDirectory, ReadOnlyValue<SessionState> sessions, Scheduler scheduler,
            Duration every, Runnable restart) {
        this.request = Objects.requireNonNull(dataDirectory, "dataDirectory").resolve(REQUEST_FILE);
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.every = Objects.requireNonNull(every, "every");
        this.restart = Objects.requireNonNull(restart, "restart");
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("every must be positive, got " + every);
        }
    }

    /** Looks at once, then every interval and whenever a session ends. */
    public synchronized void start() {
        sessionEnds = sessions.subscribe(state -> {
            if (state instanceof SessionState.NoSession) {
                // only hand off: the listener runs on the thread that ended the session
                scheduler.schedule(Duration.ZERO, this::look);
            }
        });
        next = scheduler.schedule(Duration.ZERO, this::lookAndAgain);
    }

    private void lookAndAgain() {
        look();
        synchronized (this) {
            if (!done) {
                next = scheduler.schedule(every, this::lookAndAgain);
            }
        }
    }

    private void look() {
        synchronized (this) {
            if (done || !Files.exists(request) || !(sessions.get() instanceof SessionState.NoSession)) {
                return;
            }
            done = true;
        }
        try {
            Files.deleteIfExists(request);
        } catch (IOException e) {
            // it would restart again at once: better stay up and say why
            log.error("a restart was asked for, but {} cannot be removed; the kiosk keeps running", request, e);
            return;
        }
        log.info("a restart was asked for and no session is active: the kiosk restarts");
        restart.run();
    }

    @Override
    public synchronized void close() {
        done = true;
        if (next != null) {
            next.cancel();
        }
        if (sessionEnds != null) {
            sessionEnds.cancel();
        }
    }
}
