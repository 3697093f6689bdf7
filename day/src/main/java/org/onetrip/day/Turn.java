package org.onetrip.day;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.shell.Screen;

/**
 * What a step works with: the kiosk, the day's random choices, the citizen of this session and the
 * card on the reader, and what the day has seen so far.
 */
final class Turn {

    /** Past the card-away grace (default 30 s) on the session clock. */
    static final Duration PAST_GRACE = Duration.ofSeconds(31);
    /** Past every session timer: inactivity, countdown, card-away grace and the take-your-card reminder. */
    static final Duration PAST_EVERY_TIMER = Duration.ofMinutes(15);

    final DayKiosk kiosk;
    final Random random;
    final Citizens citizens;
    final PersonalTraces traces;
    final Witness witness;
    final boolean timeoutsOn;
    final int session;
    private final Consumer<String> broken;
    private String citizen;
    private Optional<String> cardOnReader = Optional.empty();
    private Optional<String> lastCard = Optional.empty();
    private int visit;
    private boolean endedAtAttract = true;

    Turn(DayKiosk kiosk, Random random, Citizens citizens, PersonalTraces traces, Witness witness, boolean timeoutsOn,
            int session, String citizen, int visit, Consumer<String> broken) {
        this.broken = broken;
        this.kiosk = kiosk;
        this.random = random;
        this.citizens = citizens;
        this.traces = traces;
        this.witness = witness;
        this.timeoutsOn = timeoutsOn;
        this.session = session;
        this.citizen = citizen;
        this.visit = visit;
    }

    /** A broken promise a step found itself (beyond the checks after every step). */
    void broken(String what) {
        broken.accept(what);
    }

    LiveScreen screen() {
        return kiosk.screen();
    }

    /** The citizen at the kiosk now (changes when a card is swapped). */
    String citizen() {
        return citizen;
    }

    int visit() {
        return visit;
    }

    Optional<String> cardOnReader() {
        return cardOnReader;
    }

    Optional<String> lastCard() {
        return lastCard;
    }

    /** The kiosk ended the session (wiped): what follows is a new visit, even with the same card. */
    void newVisit() {
        visit++;
        lastCard = cardOnReader;
        endedAtAttract = true;
    }

    /** Starts a new visit when the kiosk came back to its attract screen since the last look. */
    void followSession() {
        boolean atAttract = shellScreen() == Screen.ATTRACT;
        if (atAttract && !endedAtAttract) {
            newVisit();
        }
        endedAtAttract = atAttract;
    }

    /** The citizen puts their card on the reader, if it is not there yet. */
    void placeCard() {
        if (cardOnReader.isEmpty()) {
            kiosk.cardReader().placeCard(citizen);
            cardOnReader = Optional.of(citizen);
            lastCard = cardOnReader;
        }
    }

    /** The citizen takes their card off the reader. */
    void takeCard() {
        if (cardOnReader.isPresent()) {
            kiosk.cardReader().removeCard();
            cardOnReader = Optional.empty();
        }
    }

    /** Another person's card takes the place of the one on the reader: the kiosk must start afresh. */
    void swapTo(String other) {
        takeCard();
        citizen = other;
        newVisit();
        kiosk.cardReader().placeCard(other);
        cardOnReader = Optional.of(other);
        lastCard = cardOnReader;
    }

    /** Forgets the card state, after the kiosk was composed again with a fresh reader. */
    void readerReplaced() {
        cardOnReader = Optional.empty();
    }

    Screen shellScreen() {
        return kiosk.composition().shell().screen().get();
    }

    /**
     * Places the card if needed and waits until the kiosk has read it; false when it was refused, or
     * when the kiosk ended the session instead (a card put back after the grace).
     */
    boolean identified() throws Stuck {
        placeCard();
        screen().awaitModel("the card on the reader to be read", () -> {
            IdentificationState state = kiosk.models().identification().get();
            return state instanceof IdentificationState.Identified || state instanceof IdentificationState.NotRead
                    || state instanceof IdentificationState.CardExpired || shellScreen() == Screen.ATTRACT;
        });
        return shellScreen() != Screen.ATTRACT
                && kiosk.models().identification().get() instanceof IdentificationState.Identified;
    }

    /** Gets to the home screen from wherever the kiosk is, by its own ways back. */
    void toHome() throws Stuck {
        for (int tries = 0; tries < 12; tries++) {
            Screen now = shellScreen();
            if (now == Screen.HOME) {
                return;
            }
            if (now == Screen.OUT_OF_SERVICE) {
                throw new Stuck("the kiosk to come back into service");
            }
            if (now == Screen.ATTRACT) {
                screen().tap("attract-invite");
            } else {
                String way = firstPressable("back", "certificate-back", "back-to-list", "filing-back", "filing-abandon",
                        "skip-rating", "filing-finish");
                screen().press(way);
            }
            screen().settle();
        }
        throw new Stuck("a way back to the home screen");
    }

    /** The first of these buttons shown and enabled now. */
    String firstPressable(String... ids) throws Stuck {
        String[] found = new String[1];
        screen().await("one of " + String.join(", ", ids) + " to press", () -> {
            for (String id : ids) {
                if (screen().canPress(id)) {
                    found[0] = id;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
