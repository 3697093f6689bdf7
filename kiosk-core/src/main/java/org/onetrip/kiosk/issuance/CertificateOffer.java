package org.onetrip.kiosk.issuance;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.catalog.CertificateType;

/**
 * A certificate type as offered to one citizen.
 *
 * @param type         the catalog's type
 * @param unavailable  why it cannot be printed here now; empty when it can
 * @param printedToday copies printed for this citizen today
 * @param dailyLimit   copies allowed per day (0: not printable at this kiosk)
 */
public record CertificateOffer(CertificateType type, Optional<IssueRefusal> unavailable, int printedToday,
                               int dailyLimit) {
    public CertificateOffer {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unavailable, "unavailable");
    }

    public boolean available() {
        return unavailable.isEmpty();
    }
}
