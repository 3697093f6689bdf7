package org.onetrip.backend.http;

/**
 * Which checks the router applies to a route before its handler runs. Every contract route but
 * {@link #ENROLMENT} also needs the current client certificate of an enrolled kiosk (see
 * {@link KioskAuthenticator}).
 */
public enum Guard {
    /** Contract route without side effects: needs the kiosk's certificate (a test double: {@code X-Kiosk-Id}). */
    READ,
    /** Contract route with side effects that is idempotent by its own data: also needs {@code Idempotency-Key}. */
    MUTATING,
    /** Like {@link #MUTATING}, and the first successful answer per key is stored and replayed. */
    REPLAYED,
    /**
     * Operator-only administration and fault injection: needs the operator token
     * ({@code Authorization: Bearer}), no contract headers, never hit by injected faults.
     */
    ADMIN,
    /**
     * The enrolment call: the kiosk has no certificate yet and proves itself with a one-time code
     * in the body; no contract headers, never hit by injected faults.
     */
    ENROLMENT
}
