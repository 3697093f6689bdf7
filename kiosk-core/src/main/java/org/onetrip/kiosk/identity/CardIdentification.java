package org.onetrip.kiosk.identity;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardWatch;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "place your ID card" step of every journey. A card placed while a citizen's journey waits
 * for it is read; the identity goes into that session's scope, so it is wiped when the session
 * ends, and a read that finishes after its session ended is wiped at once, never shown to the
 * next citizen.
 *
 * <p>Card events and read results arrive on the reader's thread. This model never calls the
 * shell while holding its own lock, and the shell may call into it (a session's wipe) while
 * holding its lock, so the two never wait on each other.
 */
public final class CardIdentification implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CardIdentification.class);

    private final IdCardReader reader;
    private final KioskShell shell;
    private final Value<IdentificationState> state = new Value<>(new IdentificationState.WaitingForCard());
    private final CardWatch watch;
    private final Subscription screenChanges;
    private final Value<Boolean> cardOnReader = new Value<>(false);
    private SessionScope boundTo;

    /** Starts watching the reader for cards; {@link #close()} stops. */
    public CardIdentification(IdCardReader reader, KioskShell shell) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.watch = reader.watchCards(this::cardEvent);
        // a card put down before the journey opened is read as the journey opens
        this.screenChanges = shell.screen().subscribe(screen -> {
            if (screen == Screen.JOURNEY && cardOnReader.get()) {
                readIfWanted();
            }
        });
    }

    public ReadOnlyValue<IdentificationState> state() {
        return state;
    }

    /**
     * Whether a card lies on the reader, as the reader's card watch last reported; changes on
     * the reader's thread.
     */
    public ReadOnlyValue<Boolean> cardOnReader() {
        return cardOnReader;
    }

    /** The identified citizen of the running session, if any. */
    public Optional<CitizenIdentity> citizen() {
        return state.get() instanceof IdentificationState.Identified identified
                ? Optional.of(identified.citizen()) : Optional.empty();
    }

    private void cardEvent(CardEvent event) {
        boolean placed = event instanceof CardEvent.CardPlaced;
        cardOnReader.set(placed);
        if (placed) {
            readIfWanted();
        }
    }

    private void readIfWanted() {
        Optional<SessionScope> session = shell.sessionScope();
        if (session.isEmpty() || shell.screen().get() != Screen.JOURNEY) {
            return;
        }
        SessionScope scope = session.get();
        synchronized (this) {
            if (state.get() instanceof IdentificationState.Identified
                    || state.get() instanceof IdentificationState.Reading) {
                return;
            }
            if (boundTo != scope) {
                try {
                    scope.hold(() -> sessionEnded(scope));
                } catch (IllegalStateException sessionJustEnded) {
                    return;
                }
                boundTo = scope;
            }
            state.set(new IdentificationState.Reading());
        }
        reader.read().whenComplete((outcome, error) -> readFinished(scope, outcome, error));
    }

    private synchronized void readFinished(SessionScope scope, CardRead outcome, Throwable error) {
        if (boundTo != scope || scope.isWiped()) {
            if (outcome instanceof CardRead.Success late) {
                late.identity().wipe();
            }
            return;
        }
        if (error != null) {
            log.warn("card read failed unexpectedly", error);
            state.set(new IdentificationState.NotRead(ReadFailure.READER_FAULT));
            return;
        }
        if (outcome instanceof CardRead.Success success) {
            identified(scope, new CitizenIdentity(success.identity()));
        } else if (outcome instanceof CardRead.Failure failure) {
            log.info("card not read: {} ({})", failure.reason(), failure.detail());
            state.set(new IdentificationState.NotRead(failure.reason()));
        } else if (outcome instanceof CardRead.Expired expired) {
            log.info("expired card refused");
            state.set(new IdentificationState.CardExpired(expired.expiredOn()));
        }
    }

    private void identified(SessionScope scope, CitizenIdentity citizen) {
        try {
            scope.hold(citizen);
        } catch (IllegalStateException sessionEndedMeanwhile) {
            citizen.wipe();
            return;
        }
        log.info("citizen identified: {}", citizen.maskedIdNumber());
        state.set(new IdentificationState.Identified(citizen));
    }

    private synchronized void sessionEnded(SessionScope scope) {
        if (boundTo == scope) {
            boundTo = null;
            state.set(new IdentificationState.WaitingForCard());
        }
    }

    @Override
    public void close() {
        screenChanges.cancel();
        watch.close();
    }
}
