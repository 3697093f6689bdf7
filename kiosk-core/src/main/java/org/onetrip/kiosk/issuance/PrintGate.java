package org.onetrip.kiosk.issuance;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One certificate on the printer at a time, in the order they asked, kiosk-wide: every desk that
 * prints to the same printer shares one gate, so two sessions never share a print job.
 */
public final class PrintGate {

    private final Semaphore turn = new Semaphore(1, true);

    /**
     * Waits for the printer; blocks the calling thread up to {@code wait}.
     *
     * @return the turn, to be left once the print has ended; empty when the wait ran out
     */
    Optional<Turn> enter(Duration wait) throws InterruptedException {
        return turn.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS) ? Optional.of(new Turn()) : Optional.empty();
    }

    /** One certificate's time on the printer. */
    final class Turn {
        private final AtomicBoolean left = new AtomicBoolean();

        /** Lets the next certificate on; only the first call counts. */
        void leave() {
            if (left.compareAndSet(false, true)) {
                turn.release();
            }
        }
    }
}
