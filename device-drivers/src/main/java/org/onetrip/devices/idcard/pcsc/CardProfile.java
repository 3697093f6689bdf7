package org.onetrip.devices.idcard.pcsc;

import java.io.IOException;
import java.util.Optional;

import org.onetrip.devices.idcard.IdentityRecord;

/**
 * How to read the identity of one kind of card over ISO 7816-4. Profiles are tried in turn
 * on a card until one recognises it.
 */
public interface CardProfile {
    /** A short name for technicians, for example {@code Belgian eID}. */
    String name();

    /** Whether the ID number is a Chinese citizen identity number to be checked. */
    boolean hasResidentIdNumber();

    /**
     * Reads the identity, or empty when the card does not hold this profile's application
     * (its SELECT answers 6A82, 6D00 or 6E00).
     *
     * @throws CardCommandException when the card has the application but a command fails
     * @throws IllegalArgumentException when a file's content does not fit the profile
     */
    Optional<IdentityRecord> read(IsoCardSession session) throws IOException;

    /**
     * The number that tells this card from another of its kind (a card or chip number), or
     * empty when the card does not hold this profile's application or the profile knows no
     * such number. The reader uses it, digested, as the card's identifier when the card has no
     * UID. The default reads nothing.
     *
     * @throws CardCommandException when the card has the application but a command fails
     */
    default Optional<byte[]> cardNumber(IsoCardSession session) throws IOException {
        return Optional.empty();
    }

    /** Whether a failed SELECT means "not this kind of card". */
    static boolean isNotThisCard(CardCommandException e) {
        return switch (e.statusWord()) {
            case FILE_NOT_FOUND, INS_NOT_SUPPORTED, CLA_NOT_SUPPORTED, WRONG_P1P2 -> true;
            default -> false;
        };
    }
}
