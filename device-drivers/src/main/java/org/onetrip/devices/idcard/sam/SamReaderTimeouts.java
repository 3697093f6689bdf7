package org.onetrip.devices.idcard.sam;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of the SAM reader driver.
 *
 * @param reply        the longest wait for the reply to a short command (find, select, SAM id); 1 s is usual
 * @param readBaseInfo the longest wait for the 1295-byte reply to a read of base information,
 *                     which includes the card's radio read (about 0.5-1 s) and 113 ms of wire time at 115200 baud
 * @param watchPeriod  the delay between two checks for a card while watching
 */
public record SamReaderTimeouts(Duration reply, Duration readBaseInfo, Duration watchPeriod) {
    public SamReaderTimeouts {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(readBaseInfo, "readBaseInfo");
        Objects.requireNonNull(watchPeriod, "watchPeriod");
        if (reply.isNegative() || reply.isZero() || readBaseInfo.isNegative() || readBaseInfo.isZero()
                || watchPeriod.isNegative() || watchPeriod.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 1 s per short reply, 3 s for a full read, a card check every 300 ms. */
    public static SamReaderTimeouts defaults() {
        return new SamReaderTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofMillis(300));
    }
}
