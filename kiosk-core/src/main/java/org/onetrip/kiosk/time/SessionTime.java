package org.onetrip.kiosk.time;

import java.time.Clock;
import java.util.Objects;

/**
 * The time a citizen's session runs on: its inactivity countdown, the card-away grace and the
 * take-your-card reminder. Kept apart from the clocks and schedulers of I/O (heartbeats, device
 * probes, deliveries), so nothing that waits on a device or the network can delay the end of a
 * session and the wipe of its data.
 *
 * @param clock the time the session's timers read
 * @param scheduler wakes them; used by nothing that does I/O
 */
public record SessionTime(Clock clock, Scheduler scheduler) {

    public SessionTime {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
