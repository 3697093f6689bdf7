package org.onetrip.kiosk.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The orders a citizen's session is handling now (paying, or delivering what was paid): the
 * {@link PaymentWorker} leaves them alone, unless a session held one longer than the rules'
 * hold limit (it was abandoned). Thread-safe.
 */
public final class OrderHolds {

    private final Map<String, Instant> held = new ConcurrentHashMap<>();
    private final Clock clock;

    public OrderHolds(Clock clock) {
        this.clock = clock;
    }

    void hold(String orderNo) {
        held.put(orderNo, clock.instant());
    }

    void release(String orderNo) {
        held.remove(orderNo);
    }

    /** Whether a session holds {@code orderNo} and took it less than {@code limit} ago. */
    boolean isHeld(String orderNo, Duration limit) {
        Instant since = held.get(orderNo);
        return since != null && clock.instant().isBefore(since.plus(limit));
    }
}
