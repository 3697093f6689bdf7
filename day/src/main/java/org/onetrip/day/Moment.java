package org.onetrip.day;

import java.util.Optional;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.Screen;

/**
 * What is true at the kiosk when the checks look at the scene, as the day knows it from outside.
 *
 * @param screen       the shell's screen
 * @param journey      the journey the shell is on
 * @param cardOnReader the card the simulated reader holds now
 * @param lastCard     the last card placed in this visit, even if taken off since
 * @param visit        the current visit (kiosk session), from 1
 */
record Moment(Screen screen, Optional<Journey> journey, Optional<String> cardOnReader, Optional<String> lastCard,
              int visit) {

    /** Whose data may be on the screen: the card on the reader, or while it is away, the one taken off. */
    Optional<String> holder() {
        return cardOnReader.or(() -> lastCard);
    }
}
