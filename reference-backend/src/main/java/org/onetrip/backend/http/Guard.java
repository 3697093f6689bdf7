package org.onetrip.backend.http;

/** Which checks the router applies to a route before its handler runs. */
public enum Guard {
    /** Contract route without side effects: needs {@code X-Kiosk-Id}. */
    READ,
    /** Contract route with side effects that is idempotent by its own data: also needs {@code Idempotency-Key}. */
    MUTATING,
    /** Like {@link #MUTATING}, and the first successful answer per key is stored and replayed. */
    REPLAYED,
    /**
     * Operator-only administration and fault injection: needs the operator token
     * ({@code Authorization: Bearer}), no contract headers, never hit by injected faults.
     */
    ADMIN
}
