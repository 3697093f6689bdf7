package org.onetrip.fleet.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.onetrip.fleet.DeviceReport;
import org.onetrip.fleet.KioskStatus;
import org.onetrip.fleet.StatusSource;
import org.onetrip.kiosk.health.HealthSnapshot;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.JournalHead;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * The real kiosk's status for the fleet: service state and each device from the supervisor's
 * health snapshot, the outbox's depth and oldest waiting filing, sessions since local midnight,
 * the software version, the configuration's and catalog's hashes and the audit journal's head.
 * Counts, states and hashes only: a filing's name and number never leave the outbox.
 */
public final class KioskStatusReader implements StatusSource {

    private final String kiosk;
    private final Supplier<HealthSnapshot> health;
    private final KioskShell shell;
    private final Outbox outbox;
    private final AuditJournal journal;
    private final Clock clock;
    private final ZoneId zone;
    private final String version;
    private final String configHash;
    private final String catalogHash;
    private LocalDate day;
    private int sessionsToday;

    public KioskStatusReader(String kiosk, Supplier<HealthSnapshot> health, KioskShell shell, Outbox outbox,
            AuditJournal journal, Clock clock, ZoneId zone, String version, Path configDirectory) {
        this.kiosk = kiosk;
        this.health = health;
        this.shell = shell;
        this.outbox = outbox;
        this.journal = journal;
        this.clock = clock;
        this.zone = zone;
        this.version = version;
        this.configHash = sha256(configDirectory.resolve("kiosk.yaml"));
        this.catalogHash = sha256(configDirectory.resolve("catalog.yaml"));
        this.day = LocalDate.now(clock.withZone(zone));
        shell.onSessionEnd(end -> sessionEnded());
    }

    private synchronized void sessionEnded() {
        rollDay();
        sessionsToday++;
    }

    private void rollDay() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!today.equals(day)) {
            day = today;
            sessionsToday = 0;
        }
    }

    @Override
    public KioskStatus current() {
        HealthSnapshot now = health.get();
        List<DeviceReport> devices = now.devices().stream().map(d -> new DeviceReport(d.name(), d.role().configName(),
                d.status().state().name(), d.status().reasons().stream().map(Enum::name).sorted().toList())).toList();
        Availability availability = now.offer().availability();
        String reason = availability instanceof Availability.OutOfService out ? out.reason().name() : "";
        List<OutboxEntry> entries = outbox.entries();
        List<OutboxEntry> waiting = entries.stream().filter(e -> e.state().pending()).toList();
        long oldest = waiting.stream().map(OutboxEntry::filedAt).min(java.util.Comparator.naturalOrder())
                .map(at -> Math.max(0, Duration.between(at, now.at()).toSeconds())).orElse(0L);
        int setAside = (int) entries.stream().filter(e -> e.state() == org.onetrip.kiosk.outbox.OutboxState.SET_ASIDE).count();
        JournalHead head = journal.head();
        int sessions;
        synchronized (this) {
            rollDay();
            sessions = sessionsToday;
        }
        boolean inSession = !(shell.sessionState().get() instanceof SessionState.NoSession);
        return new KioskStatus(kiosk, now.offer().inService() ? "IN_SERVICE" : "OUT_OF_SERVICE", reason, devices,
                KioskStatus.suppliesOf(devices), waiting.size(), oldest, setAside, sessions, inSession, version,
                configHash, catalogHash, "", head.sequence() + ":" + head.hash(), now.at().toString());
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
