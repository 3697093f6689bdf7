package org.onetrip.kiosk.identity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardIdentifier;
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
import org.onetrip.kiosk.shell.SessionEnding;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.SessionTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "place your ID card" step of every journey, and the rule that the person in session is the
 * card on the reader.
 *
 * <p>A card placed while a citizen's journey waits for it is read; the identity goes into that
 * session's scope, so it is wiped when the session ends, and a read that finishes after its
 * session ended is wiped at once, never shown to the next citizen. Once identified, the session
 * follows the card: when it leaves the reader the kiosk asks for it back ({@link #away()}) and
 * ends the session after the grace period; when another card is placed, the session ends and is
 * wiped before that card is read, and its holder starts afresh. Cards are told apart by the
 * identifier the reader reports; a card the reader cannot identify counts as another card.
 *
 * <p>Card events and read results arrive on the reader's thread, the grace period ends on the
 * session's scheduler. This model never calls the shell while holding its own lock, and the shell
 * may call into it (a session's wipe) while holding its lock, so the two never wait on each other.
 */
public final class CardIdentification implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CardIdentification.class);

    private final IdCardReader reader;
    private final KioskShell shell;
    private final SessionTime time;
    private final Duration grace;
    private final Value<IdentificationState> state = new Value<>(new IdentificationState.WaitingForCard());
    private final Value<Boolean> cardOnReader = new Value<>(false);
    private final Value<Optional<CardAway>> away = new Value<>(Optional.empty());
    private final List<Consumer<CardEvent>> followers = new CopyOnWriteArrayList<>();
    private final CardWatch watch;
    private final Subscription screenChanges;
    private SessionScope boundTo;
    private Optional<CardIdentifier> cardSeen = Optional.empty();
    private Optional<CardIdentifier> identifiedCard = Optional.empty();
    private ScheduledTask graceEnds = () -> { };

    /**
     * Starts watching the reader for cards; {@link #close()} stops.
     *
     * @param time where the grace period of a card taken away runs: the session's own time
     * @param grace how long the kiosk waits for the citizen's card to come back; positive
     */
    public CardIdentification(IdCardReader reader, KioskShell shell, SessionTime time, Duration grace) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.time = Objects.requireNonNull(time, "time");
        this.grace = Objects.requireNonNull(grace, "grace");
        if (grace.isNegative() || grace.isZero()) {
            throw new IllegalArgumentException("grace must be positive, was " + grace);
        }
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

    /** The identified citizen's card is off the reader and the kiosk is asking for it back; empty otherwise. */
    public ReadOnlyValue<Optional<CardAway>> away() {
        return away;
    }

    /** The identified citizen of the running session, if any. */
    public Optional<CitizenIdentity> citizen() {
        return state.get() instanceof IdentificationState.Identified identified
                ? Optional.of(identified.citizen()) : Optional.empty();
    }

    /**
     * Hands every card event of the reader's one watch to {@code follower} too (maintenance
     * watches for technician cards), on the reader's thread, before this model acts on it.
     */
    public Subscription followCards(Consumer<CardEvent> follower) {
        Consumer<CardEvent> registered = follower::accept;
        followers.add(registered);
        return () -> followers.remove(registered);
    }

    private void cardEvent(CardEvent event) {
        for (Consumer<CardEvent> follower : followers) {
            try {
                follower.accept(event);
            } catch (RuntimeException e) {
                log.warn("a follower of the card reader failed", e);
            }
        }
        if (event instanceof CardEvent.CardRemoved) {
            cardRemoved();
            return;
        }
        CardEvent.CardPlaced placed = (CardEvent.CardPlaced) event;
        boolean anotherCard;
        synchronized (this) {
            anotherCard = state.get() instanceof IdentificationState.Identified
                    && (placed.card().isEmpty() || !placed.card().equals(identifiedCard));
            if (!anotherCard) {
                cardSeen = placed.card();
                endAway();
            }
        }
        if (anotherCard) {
            // the session is wiped before the card is even noted, so the ending session sees no
            // card of its own left behind, and nothing of its holder can meet the next
            log.info("another card was placed: the session ends");
            shell.end(SessionEnding.CARD_SWAPPED);
            synchronized (this) {
                cardSeen = placed.card();
            }
        }
        cardOnReader.set(true);
        readIfWanted();
    }

    private void cardRemoved() {
        synchronized (this) {
            cardSeen = Optional.empty();
            if (state.get() instanceof IdentificationState.Identified && away.get().isEmpty()) {
                CardAway asked = new CardAway(time.clock().instant(), grace);
                away.set(Optional.of(asked));
                graceEnds = time.scheduler().schedule(grace, () -> graceOver(asked));
            }
        }
        cardOnReader.set(false);
    }

    private void graceOver(CardAway asked) {
        synchronized (this) {
            if (!away.get().equals(Optional.of(asked))) {
                return;
            }
            endAway();
        }
        log.info("the card was not brought back: the session ends");
        shell.end(SessionEnding.CARD_NOT_RETURNED);
    }

    private void endAway() {
        graceEnds.cancel();
        graceEnds = () -> { };
        away.set(Optional.empty());
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
            Optional<CardIdentifier> card = success.card().or(() -> cardSeen);
            if (cardSeen.isPresent() && !card.equals(cardSeen) || !Boolean.TRUE.equals(cardOnReader.get())) {
                // the card read is no longer the card on the reader
                success.identity().wipe();
                state.set(new IdentificationState.NotRead(ReadFailure.CARD_REMOVED));
                return;
            }
            identified(scope, new CitizenIdentity(success.identity()), card);
        } else if (outcome instanceof CardRead.Failure failure) {
            log.info("card not read: {} ({})", failure.reason(), failure.detail());
            state.set(new IdentificationState.NotRead(failure.reason()));
        } else if (outcome instanceof CardRead.Expired expired) {
            log.info("expired card refused");
            state.set(new IdentificationState.CardExpired(expired.expiredOn()));
        }
    }

    private void identified(SessionScope scope, CitizenIdentity citizen, Optional<CardIdentifier> card) {
        try {
            scope.hold(citizen);
        } catch (IllegalStateException sessionEndedMeanwhile) {
            citizen.wipe();
            return;
        }
        log.info("citizen identified: {}", citizen.maskedIdNumber());
        identifiedCard = card;
        state.set(new IdentificationState.Identified(citizen));
    }

    private synchronized void sessionEnded(SessionScope scope) {
        if (boundTo == scope) {
            boundTo = null;
            identifiedCard = Optional.empty();
            endAway();
            state.set(new IdentificationState.WaitingForCard());
        }
    }

    @Override
    public void close() {
        screenChanges.cancel();
        watch.close();
        synchronized (this) {
            endAway();
        }
    }
}
