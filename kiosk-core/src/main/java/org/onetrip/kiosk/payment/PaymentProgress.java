package org.onetrip.kiosk.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * What the citizen's screen shows (and the voice says) while a payment runs.
 *
 * @param qrContent while {@link Stage#SHOW_QR}: what the on-screen QR holds
 */
public record PaymentProgress(Stage stage, Optional<String> qrContent) {

    /** Where the payment stands. */
    public enum Stage {
        /** The order is being made at the platform. */
        PREPARING,
        /** The QR is on screen; the citizen scans it with a phone. */
        SHOW_QR,
        /** The payer confirms on the phone (a password). */
        WAITING_FOR_PAYER,
        /** The platform did not say how the payment went; the kiosk asks it. */
        CHECKING,
        /** The order is being closed or cancelled. */
        CANCELLING,
        /** The platform confirmed payment. */
        PAID,
        /** It ended without payment (see the outcome for why). */
        NOT_PAID
    }

    public PaymentProgress {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(qrContent, "qrContent");
    }

    public static PaymentProgress of(Stage stage) {
        return new PaymentProgress(stage, Optional.empty());
    }

    /** Whether "cancel" still applies: until the platform says paid, and not after the end. */
    public boolean cancellable() {
        return stage != Stage.PAID && stage != Stage.NOT_PAID && stage != Stage.CANCELLING;
    }
}
