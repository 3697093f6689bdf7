package org.onetrip.day;

import java.util.List;
import java.util.Random;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.privacy.Masking;

/** The test cards citizens bring to the kiosk through the day: the simulator's standard deck. */
final class Citizens {

    /** Kept out of most draws: the card reader refuses it, so the session goes nowhere. */
    static final String EXPIRED = "chen-jing";

    private final IdentityDeck deck = IdentityDeck.standard();
    private final List<String> keys = deck.keys().stream().sorted().toList();

    List<String> keys() {
        return keys;
    }

    IdentityRecord card(String key) {
        return deck.card(key);
    }

    /** A card for the next citizen: now and then the expired one. */
    String draw(Random random) {
        if (random.nextInt(20) == 0) {
            return EXPIRED;
        }
        List<String> valid = keys.stream().filter(key -> !key.equals(EXPIRED)).toList();
        return valid.get(random.nextInt(valid.size()));
    }

    /** Another valid card than {@code not}, for a swap. */
    String other(Random random, String not) {
        List<String> others = keys.stream().filter(key -> !key.equals(not) && !key.equals(EXPIRED)).toList();
        return others.get(random.nextInt(others.size()));
    }

    /** An ID number as the day may print it: as the kiosk's one policy masks it, 1101**********1239. */
    static String masked(String idNumber) {
        return Masking.identifier(idNumber);
    }

    /** A name as the day may print it: as the kiosk's one policy masks it, 张*. */
    static String maskedName(String name) {
        return Masking.name(name);
    }
}
