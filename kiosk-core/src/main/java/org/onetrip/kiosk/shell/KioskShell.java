package org.onetrip.kiosk.shell;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.session.SessionWipeException;
import org.onetrip.kiosk.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presentation model of the kiosk shell: which screen shows, in which language and look,
 * and the citizen session behind it.
 *
 * <p>Thread-safe: touches arrive from the screen's thread, time-outs from the scheduler's and
 * availability from the device supervision's; all change the model under one lock. Listeners
 * of the read-only values are called under that lock and must only hand the change off.
 */
public final class KioskShell {

    private static final Logger LOG = LoggerFactory.getLogger(KioskShell.class);

    private final Language defaultLanguage;
    private final Value<Screen> screen = new Value<>(Screen.ATTRACT);
    private final Value<Language> language;
    private final Value<DisplayPreferences> display = new Value<>(DisplayPreferences.STANDARD);
    private final Value<Availability> availability = new Value<>(Availability.IN_SERVICE);
    private final Value<Optional<Journey>> journey = new Value<>(Optional.empty());
    private final CitizenSession session;
    private final Value<Optional<JourneyVisit>> visit = new Value<>(Optional.empty());
    private final List<Consumer<? super SessionEnd>> sessionEnds = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private SessionScope journeyScope;
    private long visits;
    private Instant sessionStarted;
    private final List<Journey> sessionJourneys = new ArrayList<>();

    /**
     * @param timeouts how long an untouched session lasts
     * @param defaultLanguage the language every session starts in and returns to
     * @param clock the time the inactivity countdown reads
     * @param scheduler wakes the inactivity countdown; its tasks run under this shell's lock
     */
    public KioskShell(SessionTimeouts timeouts, Language defaultLanguage, Clock clock, Scheduler scheduler) {
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        this.clock = clock;
        this.language = new Value<>(defaultLanguage);
        Scheduler underLock = (delay, task) -> scheduler.schedule(delay, () -> {
            synchronized (this) {
                task.run();
            }
        });
        SessionTimeouts forElders = timeouts.forElders();
        this.session = new CitizenSession(clock, underLock,
                () -> display.get().elder() ? forElders : timeouts, () -> endSession(SessionEnding.TIMED_OUT));
    }

    public ReadOnlyValue<Screen> screen() {
        return screen;
    }

    public ReadOnlyValue<Language> language() {
        return language;
    }

    public ReadOnlyValue<DisplayPreferences> display() {
        return display;
    }

    public ReadOnlyValue<Availability> availability() {
        return availability;
    }

    /** The journey shown on the {@link Screen#JOURNEY} screen; empty elsewhere. */
    public ReadOnlyValue<Optional<Journey>> journey() {
        return journey;
    }

    public ReadOnlyValue<SessionState> sessionState() {
        return session.state();
    }

    /** Where the running session's data registers to be wiped; empty when nobody is in session. */
    public synchronized Optional<SessionScope> sessionScope() {
        return session.scope();
    }

    /**
     * Calls {@code listener} with what each session came to, as it ends: on the thread that ended it (the
     * screen's, the session timers', a card reader's), under this shell's lock, so it must only hand it off.
     */
    public Subscription onSessionEnd(Consumer<? super SessionEnd> listener) {
        Objects.requireNonNull(listener, "listener");
        Consumer<SessionEnd> registered = listener::accept;
        sessionEnds.add(registered);
        return () -> sessionEnds.remove(registered);
    }

    /** The journey on screen and which opening of it this is; empty when no journey is shown. */
    public ReadOnlyValue<Optional<JourneyVisit>> visit() {
        return visit;
    }

    /**
     * Where the journey on screen registers what it shows, to be forgotten the moment the citizen
     * leaves it (back to the home screen, the session's end, out of service), so the next journey
     * starts on a clean screen; empty when no journey is shown.
     */
    public synchronized Optional<SessionScope> journeyScope() {
        return Optional.ofNullable(journeyScope);
    }

    /**
     * A touch anywhere on the screen: starts a session on the attract screen, otherwise keeps
     * the running one alive. Ignored while out of service.
     */
    public synchronized void touch() {
        if (isOutOfService()) {
            return;
        }
        if (session.isActive()) {
            session.touched();
        } else {
            startSession();
        }
    }

    /** "Continue" on the are-you-still-there warning. */
    public synchronized void keepSession() {
        session.touched();
    }

    /**
     * Opens a journey from the home screen. Ignored without a running session: a tap that
     * raced the end of a session must not revive it.
     */
    public synchronized void openJourney(Journey chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (!session.isActive()) {
            return;
        }
        session.touched();
        leaveJourney();
        journeyScope = new SessionScope();
        sessionJourneys.add(chosen);
        journey.set(Optional.of(chosen));
        visit.set(Optional.of(new JourneyVisit(chosen, ++visits)));
        screen.set(Screen.JOURNEY);
    }

    /** Back from a journey to the home screen. */
    public synchronized void back() {
        if (screen.get() != Screen.JOURNEY) {
            return;
        }
        session.touched();
        leaveJourney();
        journey.set(Optional.empty());
        screen.set(Screen.HOME);
    }

    /** The citizen is done: ends the session now. */
    public synchronized void finish() {
        endSession(SessionEnding.FINISHED);
    }

    /** Ends the session now, for the reason given (the card left the reader, another card came). */
    public synchronized void end(SessionEnding how) {
        endSession(Objects.requireNonNull(how, "how"));
    }

    public synchronized void switchLanguage(Language chosen) {
        Objects.requireNonNull(chosen, "chosen");
        touch();
        language.set(chosen);
    }

    public synchronized void useLargeText(boolean on) {
        touch();
        display.set(display.get().withLargeText(on));
    }

    public synchronized void useHighContrast(boolean on) {
        touch();
        display.set(display.get().withHighContrast(on));
    }

    /**
     * Switches the elder-friendly look (长辈版) on or off. Counts as a touch, so the session's
     * longer (or usual) time-outs apply from now on.
     */
    public synchronized void useElderMode(boolean on) {
        touch();
        display.set(display.get().withElder(on));
        // the touch above restarted the wait with the old look's time-outs
        session.touched();
    }

    /**
     * The kiosk went in or out of service. Going out ends any session (its data is wiped) and
     * shows the out-of-service screen, whatever screen was showing; coming back shows the
     * attract screen.
     */
    public synchronized void changeAvailability(Availability now) {
        Objects.requireNonNull(now, "now");
        boolean wasOut = isOutOfService();
        availability.set(now);
        if (isOutOfService()) {
            endSession(SessionEnding.OUT_OF_SERVICE);
        } else if (wasOut) {
            resetToAttract();
        }
    }

    private boolean isOutOfService() {
        return availability.get() instanceof Availability.OutOfService;
    }

    private void startSession() {
        SessionScope scope = session.start();
        sessionStarted = clock.instant();
        sessionJourneys.clear();
        scope.hold(() -> journey.set(Optional.empty()));
        screen.set(Screen.HOME);
    }

    private synchronized void endSession(SessionEnding how) {
        boolean wasActive = session.isActive();
        leaveJourney();
        try {
            session.end();
        } catch (SessionWipeException e) {
            // The session is over either way; the next citizen must still get a clean screen.
            LOG.error("Session ended but some of its data could not be wiped", e);
        }
        resetToAttract();
        if (wasActive) {
            SessionEnd end = new SessionEnd(sessionStarted, clock.instant(), how, sessionJourneys);
            sessionJourneys.clear();
            sessionEnds.forEach(listener -> listener.accept(end));
        }
    }

    private void leaveJourney() {
        SessionScope leaving = journeyScope;
        journeyScope = null;
        visit.set(Optional.empty());
        if (leaving == null) {
            return;
        }
        try {
            leaving.wipe();
        } catch (SessionWipeException e) {
            LOG.error("A journey was left but some of what it showed could not be forgotten", e);
        }
    }

    private void resetToAttract() {
        journey.set(Optional.empty());
        language.set(defaultLanguage);
        display.set(DisplayPreferences.STANDARD);
        screen.set(isOutOfService() ? Screen.OUT_OF_SERVICE : Screen.ATTRACT);
    }
}
