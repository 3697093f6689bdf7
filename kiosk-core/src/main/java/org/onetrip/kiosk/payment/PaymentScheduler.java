package org.onetrip.kiosk.payment;

import java.time.Duration;

/**
 * Where payment work runs: every call to the platform, poll and retry of a {@link Checkout}
 * runs as a task here, one at a time, never on a UI thread. Injected, so that tests step through
 * the rules' seconds without waiting for them.
 */
public interface PaymentScheduler {

    /** Runs {@code task} once, {@code delay} from now (zero: as soon as possible). Never blocks. */
    void after(Duration delay, Runnable task);
}
