package org.onetrip.kiosk.payment;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * One payment under way, as the citizen's screen sees it: its progress, its outcome, and cancel.
 * Progress changes and the outcome arrive on the payment scheduler's thread; a screen moves them
 * to its own thread.
 */
public final class PaymentAttempt {

    private final Value<PaymentProgress> progress = new Value<>(PaymentProgress.of(PaymentProgress.Stage.PREPARING));
    private final CompletableFuture<PaymentOutcome> outcome = new CompletableFuture<>();
    private final Runnable onCancel;
    private volatile boolean cancelAsked;
    private volatile String orderNo;

    PaymentAttempt(Runnable onCancel) {
        this.onCancel = onCancel;
    }

    public ReadOnlyValue<PaymentProgress> progress() {
        return progress;
    }

    /** Completes once: paid, or not paid and why. */
    public CompletableFuture<PaymentOutcome> outcome() {
        return outcome;
    }

    /** The kiosk's order number, once the order is written. */
    public Optional<String> orderNo() {
        return Optional.ofNullable(orderNo);
    }

    /**
     * The citizen cancels. Works until the platform says paid; returns at once, the outcome says
     * how it ended (paid after all, when the payment landed first).
     */
    public void cancel() {
        if (!progress.get().cancellable()) {
            return;
        }
        cancelAsked = true;
        onCancel.run();
    }

    boolean cancelAsked() {
        return cancelAsked;
    }

    boolean isOver() {
        return outcome.isDone();
    }

    void begin(String number) {
        orderNo = number;
    }

    void progress(PaymentProgress next) {
        if (!outcome.isDone()) {
            progress.set(next);
        }
    }

    void finish(PaymentOutcome result) {
        outcome.complete(result);
    }
}
