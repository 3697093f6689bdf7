package org.onetrip.devices.idcard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The validity period printed on a card.
 *
 * @param from  the first day of validity
 * @param until the last day of validity; empty for a long-term card (长期)
 */
public record CardValidity(LocalDate from, Optional<LocalDate> until) {
    /** How Chinese cards write the end of a long-term validity. */
    public static final String LONG_TERM_TEXT = "长期";

    public CardValidity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && until.get().isBefore(from)) {
            throw new IllegalArgumentException("validity ends " + until.get() + " before it starts " + from);
        }
    }

    public static CardValidity longTerm(LocalDate from) {
        return new CardValidity(from, Optional.empty());
    }

    public static CardValidity between(LocalDate from, LocalDate until) {
        return new CardValidity(from, Optional.of(until));
    }

    public boolean isLongTerm() {
        return until.isEmpty();
    }

    /** Whether the card is past its last day of validity on the given day. */
    public boolean isExpiredOn(LocalDate day) {
        return until.map(last -> last.isBefore(day)).orElse(false);
    }
}
