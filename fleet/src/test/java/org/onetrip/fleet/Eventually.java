package org.onetrip.fleet;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition, bounded: tests never wait on time alone. */
final class Eventually {
    private Eventually() {
    }

    static void until(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
