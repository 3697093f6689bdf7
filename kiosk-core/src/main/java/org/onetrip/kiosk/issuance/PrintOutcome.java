package org.onetrip.kiosk.issuance;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.devices.printer.PrintFailure;

/** How printing a certificate ended: pages to take, or a plain explanation and no count. */
public sealed interface PrintOutcome {

    /**
     * The printer reported the pages done; the certificate is counted as issued.
     *
     * @param verificationCode printed on every page
     * @param pages            pages to take from the tray
     * @param state            {@link IssuanceState#PRINTED}, or {@link IssuanceState#REPRINTED} after a failed attempt
     */
    record Printed(String verificationCode, int pages, IssuanceState state) implements PrintOutcome {
        public Printed {
            Objects.requireNonNull(verificationCode, "verificationCode");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Not printed, and not counted.
     *
     * @param reason         why
     * @param printerFailure what the printer said, when it was the printer
     * @param canPrintAgain  whether {@code CertificateDesk.reprint} may be offered
     */
    record NotPrinted(NotPrintedReason reason, Optional<PrintFailure> printerFailure, boolean canPrintAgain)
            implements PrintOutcome {
        public NotPrinted {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(printerFailure, "printerFailure");
        }

        /** The sentence for the citizen: the printer's own when it was the printer. */
        public String advice() {
            return printerFailure.map(PrintFailure::advice).orElse(reason.advice());
        }
    }
}
