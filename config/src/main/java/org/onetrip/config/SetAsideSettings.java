package org.onetrip.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When the outbox sets aside a filing that keeps failing, so that the filings behind it are not held
 * ({@code backend.setAside} in kiosk.yaml). Only failures while the approval system answers count: an
 * outage sets nothing aside.
 *
 * @param afterFailures   failed attempts after which the filing is set aside, 1 to {@value #MAX_FAILURES}
 * @param afterFailingFor how long after its first counted failure a filing that still fails is set aside,
 *                        1 minute to 30 days
 * @param afterRefusals   refusals of the request itself (a 4xx other than 408, 409 and 429, from the
 *                        approval system or a proxy in front of it) after which it is set aside, 1 to
 *                        {@code afterFailures}
 */
public record SetAsideSettings(int afterFailures, Duration afterFailingFor, int afterRefusals) {

    public static final int DEFAULT_AFTER_FAILURES = 10;
    public static final Duration DEFAULT_AFTER_FAILING_FOR = Duration.ofHours(24);
    public static final int DEFAULT_AFTER_REFUSALS = 3;
    public static final int MAX_FAILURES = 1000;
    public static final Duration SHORTEST_FAILING_FOR = Duration.ofMinutes(1);
    public static final Duration LONGEST_FAILING_FOR = Duration.ofDays(30);

    /** Ten failures, a day of failing, or three refusals. */
    public static final SetAsideSettings DEFAULT = new SetAsideSettings(DEFAULT_AFTER_FAILURES,
            DEFAULT_AFTER_FAILING_FOR, DEFAULT_AFTER_REFUSALS);

    public SetAsideSettings {
        Objects.requireNonNull(afterFailingFor, "afterFailingFor");
        if (afterFailures < 1 || afterFailures > MAX_FAILURES) {
            throw new IllegalArgumentException("afterFailures must be 1 to " + MAX_FAILURES + ", got " + afterFailures);
        }
        if (!allowedFailingFor(afterFailingFor)) {
            throw new IllegalArgumentException("afterFailingFor must be 1 minute to 30 days, got " + afterFailingFor);
        }
        if (afterRefusals < 1 || afterRefusals > afterFailures) {
            throw new IllegalArgumentException("afterRefusals must be 1 to afterFailures (" + afterFailures + "), got "
                    + afterRefusals);
        }
    }

    /** Whether {@code failingFor} is within 1 minute to 30 days. */
    public static boolean allowedFailingFor(Duration failingFor) {
        return failingFor.compareTo(SHORTEST_FAILING_FOR) >= 0 && failingFor.compareTo(LONGEST_FAILING_FOR) <= 0;
    }
}
