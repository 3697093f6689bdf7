package org.onetrip.kiosk.journal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatusChanged;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.supervision.SupervisedDevice;

/**
 * Writes what the kiosk notes ({@link JournalEvent}) into the audit journal, one entry each, in the order noted,
 * on a thread of its own: a journal write waits for the disk, and neither the screen nor the session timers may.
 * It also follows the shell, so that every session's end is recorded in one place, and the devices, so that every
 * fault is.
 *
 * <p>Thread-safe. An entry the journal refuses or cannot write is logged and dropped; the kiosk goes on.
 */
public final class JournalWriter implements Journal, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);
    private static final Duration LAST_WRITES = Duration.ofSeconds(5);

    private final AuditJournal journal;
    /** Devices whose fault was recorded and not yet their recovery. */
    private final java.util.Set<String> faulted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ExecutorService writes = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kiosk-journal");
        thread.setDaemon(true);
        return thread;
    });

    public JournalWriter(AuditJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public void note(JournalEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            writes.execute(() -> write(event));
        } catch (RejectedExecutionException e) {
            log.warn("the journal is closed; not recorded: {}", event.action());
        }
    }

    /** Records every session's end, from now until the subscription is cancelled. */
    public Subscription follow(KioskShell shell) {
        return shell.onSessionEnd(end -> note(new JournalEvent.SessionEnded(end)));
    }

    /**
     * Records each device's faults from now on: a turn from usable to not usable, or a fault it reports before it
     * was ever usable (its first {@code OFFLINE}, before the driver first talked to it, is none); and its recovery.
     * Follow before supervision starts, so that the first answers are seen.
     */
    public void follow(List<SupervisedDevice> devices) {
        for (SupervisedDevice device : devices) {
            device.listen().accept(change -> changed(device.name(), change));
        }
    }

    /** Writes what is still queued (for a few seconds at most), then takes nothing more. */
    @Override
    public void close() {
        writes.shutdown();
        try {
            if (!writes.awaitTermination(LAST_WRITES.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("the journal's last entries were not all written within {}", LAST_WRITES);
                writes.shutdownNow();
            }
        } catch (InterruptedException e) {
            writes.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void changed(String device, DeviceStatusChanged change) {
        DeviceState now = change.current().state();
        boolean fault = change.previous().state().isUsable()
                ? !now.isUsable() : !now.isUsable() && now != DeviceState.OFFLINE && !faulted.contains(device);
        if (fault) {
            faulted.add(device);
        }
        if (fault || now.isUsable() && faulted.remove(device)) {
            note(new JournalEvent.DeviceChanged(device, now, change.current().reasons()));
        }
    }

    private void write(JournalEvent event) {
        try {
            journal.record(event.actor(), event.action(), event.detail());
        } catch (RuntimeException e) {
            // the detail stays out of the log: it may be what the journal refused
            log.error("the journal could not record {}: {}", event.action(), e.toString());
        }
    }
}
