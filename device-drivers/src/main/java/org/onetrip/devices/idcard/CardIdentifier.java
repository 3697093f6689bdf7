package org.onetrip.devices.idcard;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import org.onetrip.devices.privacy.Masking;

/**
 * What tells one card from another of its kind: the chip's serial number or UID, or a digest
 * of the card number, as the reader's protocol allows. Opaque: compare identifiers, never read
 * meaning into them. Two reads of the same card give equal identifiers; a card swapped on the
 * reader gives a different one.
 *
 * <p>{@link #toString()} shows only the last hex digits, four at most and never more than
 * {@link Masking} lets an identifier show at one end, so an identifier in a log cannot follow a
 * citizen from one hall to the next.
 *
 * @param hex the identifier bytes as upper-case hex, 2 to 64 digits
 */
public record CardIdentifier(String hex) {
    private static final int MAX_BYTES = 32;

    public CardIdentifier {
        Objects.requireNonNull(hex, "hex");
        hex = hex.toUpperCase(Locale.ROOT);
        if (hex.isEmpty() || hex.length() % 2 != 0 || hex.length() > 2 * MAX_BYTES
                || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
            throw new IllegalArgumentException("a card identifier is 1.." + MAX_BYTES + " bytes in hex, was "
                    + hex.length() + " characters");
        }
    }

    /** The identifier of these bytes (1 to 32 of them); the array is not kept. */
    public static CardIdentifier of(byte[] bytes) {
        return new CardIdentifier(HexFormat.of().withUpperCase().formatHex(bytes));
    }

    /** A copy of the identifier bytes. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** Masked: {@code CardIdentifier[…3F9A]}; 8 hex digits show 2. */
    @Override
    public String toString() {
        int shown = Math.min(4, Masking.shownAtEachEnd(hex.length()));
        return "CardIdentifier[…" + hex.substring(hex.length() - shown) + "]";
    }
}
