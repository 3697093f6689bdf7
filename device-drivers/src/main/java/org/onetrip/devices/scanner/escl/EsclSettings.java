package org.onetrip.devices.scanner.escl;

import java.time.Duration;
import java.util.Objects;

/**
 * How the eSCL driver waits.
 *
 * @param requestTimeout longest wait for a status, capabilities, job or cancel answer, connection included
 * @param pageTimeout    longest wait for a page's answer to begin: the scanner moves paper first
 * @param busyRetries    how often a page request answered 503 (busy) is asked again, 0 to 60
 * @param busyRetryDelay the pause before each of those retries
 */
public record EsclSettings(Duration requestTimeout, Duration pageTimeout, int busyRetries, Duration busyRetryDelay) {
    public EsclSettings {
        positive(requestTimeout, "requestTimeout");
        positive(pageTimeout, "pageTimeout");
        Objects.requireNonNull(busyRetryDelay, "busyRetryDelay");
        if (busyRetries < 0 || busyRetries > 60) {
            throw new IllegalArgumentException("busyRetries must be 0 to 60, was " + busyRetries);
        }
        if (busyRetryDelay.isNegative()) {
            throw new IllegalArgumentException("busyRetryDelay must not be negative, was " + busyRetryDelay);
        }
    }

    /** 5 s per request, 60 s per page, 30 retries 1 s apart when busy (what sane-airscan allows for pages). */
    public static EsclSettings defaults() {
        return new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(60), 30, Duration.ofSeconds(1));
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
