package org.onetrip.kiosk.filing;

import java.util.Objects;
import org.onetrip.kiosk.material.FetchedLicence;

/** What asking the approval system for an electronic licence came to. */
public sealed interface LicenceOutcome {

    /** Here it is: it replaces the scan. */
    record Fetched(FetchedLicence licence) implements LicenceOutcome {
        public Fetched {
            Objects.requireNonNull(licence, "licence");
        }
    }

    /** The approval system holds no such licence for this citizen: scan the paper one. */
    record NotHeld() implements LicenceOutcome {
    }

    /**
     * It could not be fetched now (network, backend, a damaged answer): scan the paper one or try again.
     *
     * @param detail for the technician's log, no personal data
     */
    record Unavailable(String detail) implements LicenceOutcome {
        public Unavailable {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
