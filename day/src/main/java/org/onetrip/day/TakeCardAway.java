package org.onetrip.day;

import java.time.Duration;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.shell.Screen;

/**
 * The citizen takes the card off the reader mid-journey, then puts it back, or walks away: past
 * the grace the kiosk must have ended and wiped the session.
 */
final class TakeCardAway implements Step {

    /** Time for the kiosk to end the session once the grace has run out on the session clock. */
    private static final Duration ENDED = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "take-card-away";
    }

    @Override
    public void take(Turn t) throws Stuck {
        if (t.cardOnReader().isEmpty()) {
            return;
        }
        // only a citizen the kiosk has read is asked for their card back: an unread or refused
        // card holds nothing of anybody
        boolean identified = t.shellScreen() != Screen.ATTRACT
                && t.kiosk.models().identification().get() instanceof IdentificationState.Identified;
        t.takeCard();
        if (identified) {
            // as a person would: the kiosk asks for the card back before anything else happens
            t.screen().await("the kiosk to ask for the card back", () -> t.screen().shows("card-away"));
        }
        t.screen().settle();
        if (!identified || !t.timeoutsOn || t.random.nextBoolean()) {
            t.placeCard();
            if (identified) {
                t.screen().await("the same card back to carry on", () -> !t.screen().shows("card-away"));
            }
            return;
        }
        t.kiosk.sessionTime().advance(Turn.PAST_GRACE);
        try {
            t.screen().within(ENDED).awaitModel("the session to end once the card was away past the grace",
                    () -> t.shellScreen() == Screen.ATTRACT);
        } catch (Stuck stillOpen) {
            t.broken("the card was taken away " + Turn.PAST_GRACE.toSeconds() + " s ago and the session is still open on "
                    + t.shellScreen().name());
        }
    }
}
