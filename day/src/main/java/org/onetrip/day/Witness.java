package org.onetrip.day;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the day saw the kiosk tell citizens: each tracking number shown after a submission (and
 * whether the receipt then printed), and each certificate the screen said was printed, with the
 * card on the reader at that moment.
 */
final class Witness {

    /**
     * A filing the screen told a citizen of.
     *
     * @param card    the card on the reader when it was told
     * @param printed whether the screen then said the receipt printed
     */
    record Told(String card, int session, boolean printed) {
    }

    /** A certificate the screen said was printed, for the card on the reader then. */
    record Printed(String card, int session) {
    }

    private final Map<String, Told> filings = new LinkedHashMap<>();
    private final Map<String, Printed> certificates = new LinkedHashMap<>();

    void told(String trackingNumber, String card, int session, boolean printed) {
        filings.merge(trackingNumber, new Told(card, session, printed),
                (before, now) -> new Told(before.card(), before.session(), before.printed() || now.printed()));
    }

    void printed(String verificationCode, String card, int session) {
        certificates.put(verificationCode, new Printed(card, session));
    }

    Map<String, Told> filings() {
        return filings;
    }

    Map<String, Printed> certificates() {
        return certificates;
    }

    Optional<Told> filing(String trackingNumber) {
        return Optional.ofNullable(filings.get(trackingNumber));
    }
}
