package org.onetrip.kiosk.health;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.DeviceReport;
import org.onetrip.kiosk.backend.ApprovalContract.Heartbeat;
import org.onetrip.kiosk.backend.ApprovalContract.HeartbeatAck;
import org.onetrip.kiosk.backend.ApprovalContract.RemoteUnlock;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.time.ScheduledTask;
import org.onetrip.kiosk.time.Scheduler;

/**
 * Tells the approval backend every so often that the kiosk is alive, whether it is in service,
 * how each device is, what the counters say and where its audit journal stands (see
 * {@link JournalAnchoring}). Each beat has its own idempotency key; a beat
 * that does not get through is not sent again (the next one is newer). The backend may ask for
 * another interval in its answer; between 10 s and 1 h it is followed. An answer that carries the
 * operator's remote unlock hands it on (the technician PIN lockout ends).
 *
 * <p>The call blocks the scheduler's thread for at most the backend call time-out, after checking the
 * journal's newest entries.
 */
public final class HeartbeatSender implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);
    private static final Duration SHORTEST = Duration.ofSeconds(10);
    private static final Duration LONGEST = Duration.ofHours(1);

    private final ApprovalBackendClient client;
    private final Supplier<HealthSnapshot> health;
    private final JournalAnchoring journal;
    private final Scheduler scheduler;
    private final Supplier<UUID> ids;
    private final Consumer<RemoteUnlock> unlocks;
    private Duration interval;
    private ScheduledTask next;
    private boolean lastGotThrough = true;
    private boolean closed;

    /**
     * @param journal  the audit journal's head and verdict in each beat, and the backend's answer to it
     * @param interval the time between beats until the backend asks for another
     * @param ids      the source of beat ids ({@code UUID::randomUUID} in production)
     */
    public HeartbeatSender(ApprovalBackendClient client, Supplier<HealthSnapshot> health, JournalAnchoring journal,
            Scheduler scheduler, Duration interval, Supplier<UUID> ids) {
        this(client, health, journal, scheduler, interval, ids, unlock -> log.warn("remote unlock {} not followed:"
                + " nothing here takes it", unlock.unlockId()));
    }

    /**
     * @param unlocks takes a remote unlock an answer carries, on the scheduler's thread
     */
    public HeartbeatSender(ApprovalBackendClient client, Supplier<HealthSnapshot> health, JournalAnchoring journal,
            Scheduler scheduler, Duration interval, Supplier<UUID> ids, Consumer<RemoteUnlock> unlocks) {
        this.unlocks = Objects.requireNonNull(unlocks, "unlocks");
        this.client = Objects.requireNonNull(client, "client");
        this.health = Objects.requireNonNull(health, "health");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(SHORTEST) < 0 || interval.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("interval must be from 10 s to 1 h, got " + interval);
        }
    }

    /** Sends the first beat at once and the next ones every interval. */
    public synchronized void start() {
        next = scheduler.schedule(Duration.ZERO, this::beatAndReschedule);
    }

    /** Sends one beat now, on the calling thread. */
    public CallOutcome<HeartbeatAck> beat() {
        HealthSnapshot now = health.get();
        List<DeviceReport> devices = now.devices().stream().map(d -> new DeviceReport(d.name(), d.status().state().name(),
                d.status().reasons().stream().map(Enum::name).sorted().toList(), d.total())).toList();
        Heartbeat heartbeat = new Heartbeat(now.at().toString(), now.offer().inService(), devices, now.counters(),
                journal.report());
        CallOutcome<HeartbeatAck> outcome = client.heartbeat(heartbeat, "heartbeat-" + ids.get());
        if (outcome instanceof CallOutcome.Ok<HeartbeatAck> ok) {
            journal.answered(ok.value().journal());
        }
        report(outcome);
        if (outcome instanceof CallOutcome.Ok<HeartbeatAck> ok && ok.value().unlock() != null) {
            log.info("the backend sent remote unlock {}", ok.value().unlock().unlockId());
            unlocks.accept(ok.value().unlock());
        }
        return outcome;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }

    private void beatAndReschedule() {
        try {
            CallOutcome<HeartbeatAck> outcome = beat();
            if (outcome instanceof CallOutcome.Ok<HeartbeatAck> ok) {
                follow(ok.value().nextHeartbeatIn());
            }
        } catch (RuntimeException e) {
            log.warn("heartbeat not sent: {}", e.toString());
        }
        synchronized (this) {
            if (!closed) {
                next = scheduler.schedule(interval, this::beatAndReschedule);
            }
        }
    }

    private synchronized void follow(String asked) {
        try {
            Duration wanted = Duration.parse(asked);
            if (wanted.compareTo(SHORTEST) >= 0 && wanted.compareTo(LONGEST) <= 0) {
                interval = wanted;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // the backend's wish is optional; the configured interval stays
        }
    }

    /** Logs only when beats start or stop getting through, not every beat. */
    private synchronized void report(CallOutcome<HeartbeatAck> outcome) {
        boolean through = outcome.isOk();
        if (through != lastGotThrough) {
            if (through) {
                log.info("heartbeats get through again");
            } else {
                log.warn("heartbeat did not get through: {}", outcome);
            }
        }
        lastGotThrough = through;
    }
}
