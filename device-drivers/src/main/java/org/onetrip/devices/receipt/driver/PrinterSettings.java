package org.onetrip.devices.receipt.driver;

import java.time.Duration;
import java.util.Objects;

import org.onetrip.devices.receipt.layout.PaperWidth;

/**
 * How the driver talks to one receipt printer.
 *
 * @param paper           the roll loaded; jobs laid out for another width are refused
 * @param statusTimeout   how long to wait for the answer to one {@code DLE EOT n}
 * @param progressTimeout how long the printer may take to confirm the next line before the
 *                        driver asks it why (a line at 115200 baud takes well under 10 ms)
 * @param pollInterval    how often an idle printer is asked for its status
 * @param reconnect       delays between attempts to reconnect
 */
public record PrinterSettings(PaperWidth paper, Duration statusTimeout, Duration progressTimeout, Duration pollInterval,
        ReconnectBackoff reconnect) {
    public PrinterSettings {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(reconnect, "reconnect");
        requirePositive("status timeout", statusTimeout);
        requirePositive("progress timeout", progressTimeout);
        requirePositive("poll interval", pollInterval);
    }

    /** Half a second per status request, 3 s per line, a poll every 2 s, reconnect 0.2..5 s. */
    public static PrinterSettings defaults(PaperWidth paper) {
        return new PrinterSettings(paper, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(2),
                new ReconnectBackoff(Duration.ofMillis(200), Duration.ofSeconds(5)));
    }

    private static void requirePositive(String what, Duration d) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
    }
}
