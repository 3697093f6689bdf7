package org.onetrip.kiosk.issuance;

import java.awt.image.BufferedImage;
import java.util.Objects;

/** What asking for a certificate came to: a document ready to confirm and print, or why not. */
public sealed interface IssueOutcome {

    /**
     * The certificate is issued, checked and about the card holder; page 1 is shown for the
     * citizen to confirm before printing.
     *
     * @param issuance the certificate, bound to the session that asked for it
     * @param preview  page 1 as an image
     */
    record Ready(Issuance issuance, BufferedImage preview) implements IssueOutcome {
        public Ready {
            Objects.requireNonNull(issuance, "issuance");
            Objects.requireNonNull(preview, "preview");
        }
    }

    /**
     * Nothing to print.
     *
     * @param reason what the citizen is told ({@link IssueRefusal#advice()})
     * @param detail for the technician's log; never personal data
     */
    record Refused(IssueRefusal reason, String detail) implements IssueOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
