package org.onetrip.backend.quota;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one kiosk, one citizen and one address may ask of the backend. Every default is in
 * {@link #defaults()}.
 *
 * @param citizenDataPerKiosk         lookups, licence fetches and certificate issues of one kiosk,
 *                                    whoever they are for (default 60 a minute)
 * @param citizenDataPerIdNumber      the same calls for one ID number, from whichever kiosks
 *                                    (default 20 in 10 minutes: a citizen's whole session, twice)
 * @param wrongEnrolmentCodesPerAddress enrolment calls with a wrong code from one address before the
 *                                    next is refused unread (default 5 in 10 minutes)
 */
public record Quotas(Rate citizenDataPerKiosk, Rate citizenDataPerIdNumber, Rate wrongEnrolmentCodesPerAddress) {

    public Quotas {
        Objects.requireNonNull(citizenDataPerKiosk, "citizenDataPerKiosk");
        Objects.requireNonNull(citizenDataPerIdNumber, "citizenDataPerIdNumber");
        Objects.requireNonNull(wrongEnrolmentCodesPerAddress, "wrongEnrolmentCodesPerAddress");
    }

    public static Quotas defaults() {
        return new Quotas(Rate.of(60, Duration.ofMinutes(1)), Rate.of(20, Duration.ofMinutes(10)),
                Rate.of(5, Duration.ofMinutes(10)));
    }

    public Quotas withCitizenDataPerKiosk(Rate rate) {
        return new Quotas(rate, citizenDataPerIdNumber, wrongEnrolmentCodesPerAddress);
    }

    public Quotas withCitizenDataPerIdNumber(Rate rate) {
        return new Quotas(citizenDataPerKiosk, rate, wrongEnrolmentCodesPerAddress);
    }

    public Quotas withWrongEnrolmentCodesPerAddress(Rate rate) {
        return new Quotas(citizenDataPerKiosk, citizenDataPerIdNumber, rate);
    }
}
