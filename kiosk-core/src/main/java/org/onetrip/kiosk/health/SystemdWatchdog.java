package org.onetrip.kiosk.health;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Pings systemd's watchdog every interval, but only while the kiosk is alive by its own
 * measure (for example: the screen's thread answered a ping within a few seconds). A kiosk
 * whose screen froze stops pinging, and systemd restarts it after {@code WatchdogSec}.
 */
public final class SystemdWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SystemdWatchdog.class);

    private final SystemdNotifier notifier;
    private final BooleanSupplier alive;
    private final Scheduler scheduler;
    private final Duration interval;
    private ScheduledTask next;
    private boolean closed;
    private boolean wasAlive = true;

    /**
     * @param alive    asked before every ping; must answer quickly and never block on the screen
     * @param interval half of the unit's {@code WatchdogSec} ({@link SystemdNotifier#watchdogInterval})
     */
    public SystemdWatchdog(SystemdNotifier notifier, BooleanSupplier alive, Scheduler scheduler, Duration interval) {
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.alive = Objects.requireNonNull(alive, "alive");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, got " + interval);
        }
    }

    /** Pings at once if alive, then every interval. */
    public synchronized void start() {
        next = scheduler.schedule(Duration.ZERO, this::tick);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }

    private void tick() {
        boolean now;
        try {
            now = alive.getAsBoolean();
        } catch (RuntimeException e) {
            now = false;
        }
        if (now) {
            notifier.watchdog();
        }
        synchronized (this) {
            if (now != wasAlive) {
                if (now) {
                    log.info("the kiosk answers again; watchdog pings resume");
                } else {
                    log.error("the kiosk does not answer; watchdog pings stop, systemd will restart it");
                }
            }
            wasAlive = now;
            if (!closed) {
                next = scheduler.schedule(interval, this::tick);
            }
        }
    }
}
