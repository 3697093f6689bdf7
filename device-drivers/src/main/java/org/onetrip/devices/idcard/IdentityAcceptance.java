package org.onetrip.devices.idcard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The checks every identity passes before it leaves a driver: a resident ID number must be
 * well formed and agree with the birth date, and the card must not be expired. A refused
 * record is wiped at once.
 */
public final class IdentityAcceptance {
    private final Clock clock;

    public IdentityAcceptance(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param identity          a fully decoded record; ownership passes to the outcome
     * @param residentIdNumber  whether the ID number is a Chinese citizen identity number to check
     */
    public CardRead accept(IdentityRecord identity, boolean residentIdNumber) {
        return accept(identity, residentIdNumber, Optional.empty());
    }

    /**
     * @param identity          a fully decoded record; ownership passes to the outcome
     * @param residentIdNumber  whether the ID number is a Chinese citizen identity number to check
     * @param card              the card it was read from, when the reader can tell
     */
    public CardRead accept(IdentityRecord identity, boolean residentIdNumber, Optional<CardIdentifier> card) {
        if (residentIdNumber) {
            Optional<String> problem = ResidentIdNumber.problem(identity.idNumber());
            if (problem.isEmpty() && !ResidentIdNumber.birthDate(identity.idNumber()).orElseThrow().equals(identity.birthDate())) {
                problem = Optional.of("birth date differs from the one in the ID number");
            }
            if (problem.isPresent()) {
                identity.wipe();
                return new CardRead.Failure(ReadFailure.INVALID_CARD, problem.get());
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (identity.validity().isExpiredOn(today)) {
            LocalDate expiredOn = identity.validity().until().orElseThrow();
            identity.wipe();
            return new CardRead.Expired(expiredOn);
        }
        return new CardRead.Success(identity, card);
    }
}
