package org.onetrip.kiosk.filing;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.material.MaterialChecklist;
import org.onetrip.kiosk.submission.FilingRefused;

/** Which step of filing an application shows, after the matter's page. */
public sealed interface FilingView {

    /** Not filing yet: the citizen is still choosing. */
    record NotYet() implements FilingView {
    }

    /** Working on the disk or the network between two steps. */
    record Working(Choice choice) implements FilingView {
    }

    /**
     * The form, pre-filled from the card.
     *
     * @param showProblems true once the citizen tried to go on with answers still missing or wrong
     */
    record Form(Choice choice, FilingForm form, boolean showProblems) implements FilingView {
    }

    /**
     * The materials, one at a time beside what the clerk checks.
     *
     * @param working what the kiosk is doing for a material now, if anything: the citizen waits for it
     * @param notice  what the last scan or fetch came to, if there is something to say
     */
    record Materials(Choice choice, MaterialChecklist checklist, Optional<MaterialWork> working,
            Optional<MaterialNotice> notice) implements FilingView {
        public Materials {
            Objects.requireNonNull(checklist, "checklist");
            Objects.requireNonNull(working, "working");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** How to receive the result; {@code method} as chosen when this was shown. */
    record Delivery(Choice choice, DeliveryForm delivery, DeliveryMethod method, boolean showProblems)
            implements FilingView {
    }

    /** Everything once more before "submit". */
    record Review(Choice choice, FilingForm form, MaterialChecklist checklist, DeliveryForm delivery)
            implements FilingView {
    }

    /** Signing, encrypting and committing the filing. */
    record Submitting(Choice choice) implements FilingView {
    }

    /** Not filed, and nothing kept: the reason in words. */
    record NotFiled(Choice choice, FilingRefused reason) implements FilingView {
    }

    /**
     * Filed; the receipt is printing, printed, or failed to print (the filing stands either way).
     *
     * @param failure why the printer did not print it; empty when it printed, or when the receipt could not
     *                even be made
     */
    record Receipt(Choice choice, String trackingNumber, ReceiptStage stage, Optional<FailureReason> failure)
            implements FilingView {
        public Receipt {
            Objects.requireNonNull(trackingNumber, "trackingNumber");
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * Rated, or rating skipped: thank you, take your card (and the receipt, when it printed).
     *
     * @param receiptPrinted false when the citizen leaves without a printed receipt: the tracking number is
     *                       all they have
     */
    record Thanks(String trackingNumber, boolean receiptPrinted) implements FilingView {
    }

    /** Where the receipt is. */
    enum ReceiptStage {
        PRINTING,
        PRINTED,
        FAILED
    }
}
