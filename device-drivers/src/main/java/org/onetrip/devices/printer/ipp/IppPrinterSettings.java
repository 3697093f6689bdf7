package org.onetrip.devices.printer.ipp;

import java.time.Duration;
import java.util.Objects;

/**
 * How the IPP driver talks to its printer.
 *
 * @param userName       sent as requesting-user-name, so the printer keeps it as the jobs' owner and lists
 *                       them as this driver's: 1 to 64 characters, never a citizen's name (a kiosk sends its id)
 * @param pollInterval   between two Get-Job-Attributes while a job runs: 50 ms to 10 s
 * @param jobDeadline    from the print request until the job must have finished: 1 s to 30 min
 * @param requestTimeout for one HTTP exchange: 100 ms to 60 s
 */
public record IppPrinterSettings(String userName, Duration pollInterval, Duration jobDeadline, Duration requestTimeout) {
    public IppPrinterSettings {
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank() || userName.length() > 64) {
            throw new IllegalArgumentException("user name must be 1 to 64 characters, was \"" + userName + "\"");
        }
        check("poll interval", pollInterval, Duration.ofMillis(50), Duration.ofSeconds(10));
        check("job deadline", jobDeadline, Duration.ofSeconds(1), Duration.ofMinutes(30));
        check("request timeout", requestTimeout, Duration.ofMillis(100), Duration.ofSeconds(60));
    }

    /** Polls every 500 ms, gives a job 3 minutes (a warm laser printer needs seconds), 10 s per request. */
    public static IppPrinterSettings defaults() {
        return new IppPrinterSettings("onetrip-kiosk", Duration.ofMillis(500), Duration.ofMinutes(3), Duration.ofSeconds(10));
    }

    public IppPrinterSettings withUserName(String name) {
        return new IppPrinterSettings(name, pollInterval, jobDeadline, requestTimeout);
    }

    public IppPrinterSettings withPollInterval(Duration interval) {
        return new IppPrinterSettings(userName, interval, jobDeadline, requestTimeout);
    }

    public IppPrinterSettings withJobDeadline(Duration deadline) {
        return new IppPrinterSettings(userName, pollInterval, deadline, requestTimeout);
    }

    public IppPrinterSettings withRequestTimeout(Duration timeout) {
        return new IppPrinterSettings(userName, pollInterval, jobDeadline, timeout);
    }

    private static void check(String what, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, what);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " must be " + min + " to " + max + ", was " + value);
        }
    }
}
