package org.onetrip.kiosk.journey;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.kiosk.issuance.CertificateOffer;
import org.onetrip.kiosk.issuance.IssueRefusal;
import org.onetrip.kiosk.issuance.NotPrintedReason;
import org.onetrip.kiosk.issuance.PrintStage;

/** What the "print a certificate" journey shows after the ID card step. */
public sealed interface CertificateView {

    /** Nobody identified on this journey yet. */
    record NotYet() implements CertificateView {
    }

    /** Asking which certificates this citizen can print. */
    record Loading() implements CertificateView {
    }

    /** The certificates to choose from, each with whether it can be printed now. */
    record Choose(List<CertificateOffer> offers) implements CertificateView {
        public Choose {
            offers = List.copyOf(offers);
        }
    }

    /** The approval system is issuing the chosen certificate. */
    record Issuing(CertificateType type) implements CertificateView {
    }

    /** Page 1 of the issued certificate, to confirm before printing. */
    record Preview(CertificateType type, BufferedImage page) implements CertificateView {
        public Preview {
            Objects.requireNonNull(page, "page");
        }
    }

    /** Printing, with the printer's progress. */
    record Printing(CertificateType type, PrintStage stage) implements CertificateView {
    }

    /** Printed: take the pages. */
    record Printed(CertificateType type, String verificationCode, int pages) implements CertificateView {
    }

    /** Not issued; nothing was printed or counted. */
    record NotIssued(CertificateType type, IssueRefusal reason) implements CertificateView {
    }

    /** Not printed; nothing was counted. */
    record NotPrinted(CertificateType type, NotPrintedReason reason, boolean canPrintAgain) implements CertificateView {
    }
}
