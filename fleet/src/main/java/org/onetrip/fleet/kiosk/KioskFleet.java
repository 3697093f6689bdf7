package org.onetrip.fleet.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.nimbusds.jose.jwk.ECKey;
import org.onetrip.config.FleetSettings;
import org.onetrip.fleet.BrokerAddress;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.CommandDesk;
import org.onetrip.fleet.EventSpool;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.KioskControls;
import org.onetrip.fleet.KioskPlace;
import org.onetrip.fleet.KioskStatus;
import org.onetrip.fleet.OperatorKey;
import org.onetrip.fleet.OrderCheck;
import org.onetrip.fleet.TelemetryPublisher;
import org.onetrip.fleet.TelemetrySettings;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditJournal;

/**
 * A kiosk's membership of its fleet, as the launcher composes it from the {@code fleet:} section:
 * telemetry (status, events from the journal and the status, a spool in
 * {@code DATA/fleet-events}) and the command desk, over one MQTT connection, on two threads of
 * its own. Every command is written to the audit journal as {@link AuditAction#FLEET_COMMAND}.
 */
public final class KioskFleet implements AutoCloseable {

    private final TelemetryPublisher telemetry;
    private final ScheduledExecutorService executor;
    private final ExecutorService commands;

    private KioskFleet(TelemetryPublisher telemetry, ScheduledExecutorService executor, ExecutorService commands) {
        this.telemetry = telemetry;
        this.executor = executor;
        this.commands = commands;
    }

    /**
     * Connects out to the broker (and keeps reconnecting) and starts listening for commands.
     *
     * @param login    how the kiosk proves itself (see {@link #login})
     * @param reader   the kiosk's status
     * @param controls what the kiosk does for a command
     */
    public static KioskFleet start(FleetSettings settings, String kioskId, Path dataDirectory, BrokerLogin login,
            KioskStatusReader reader, KioskControls controls, AuditJournal journal, Clock clock, String version) {
        FleetJson json = new FleetJson();
        KioskPlace place = new KioskPlace(settings.region(), settings.hall(), kioskId);
        ECKey operator = OperatorKey.readKey(settings.operatorKey());
        BrokerClients brokers = new BrokerClients(BrokerAddress.parse(settings.broker().toString()), login);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "fleet-telemetry"));
        ExecutorService commands = Executors.newSingleThreadExecutor(task -> daemon(task, "fleet-commands"));
        StatusEvents[] statusEvents = new StatusEvents[1];
        JournalEvents[] journalEvents = new JournalEvents[1];
        TelemetryPublisher telemetry = new TelemetryPublisher(place, brokers, () -> {
            KioskStatus now = reader.current();
            statusEvents[0].compare(now);
            journalEvents[0].look();
            return now;
        }, new EventSpool(dataDirectory.resolve("fleet-events"), settings.eventLimit(), json), executor, clock,
                TelemetrySettings.kiosk(version), json);
        statusEvents[0] = new StatusEvents(telemetry);
        journalEvents[0] = new JournalEvents(journal, telemetry);
        new CommandDesk(telemetry, new OrderCheck(operator, kioskId, json), operator.getKeyID(), controls,
                (actor, detail) -> journal.record(actor, AuditAction.FLEET_COMMAND, detail), commands, clock, json).start();
        telemetry.start();
        return new KioskFleet(telemetry, executor, commands);
    }

    /**
     * How the kiosk logs in to its broker: a development password when configured; over TLS its
     * enrolled identity, trusting {@code brokerCa} (or else {@code fallbackTrust}, the backend's
     * authority); nobody on a plain loopback broker.
     */
    public static BrokerLogin login(FleetSettings settings, Optional<javax.net.ssl.X509KeyManager> identity,
            Optional<KeyStore> fallbackTrust) {
        if (settings.user().isPresent()) {
            try {
                return new BrokerLogin.Password(settings.user().get(),
                        Files.readString(settings.passwordFile().orElseThrow(), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the broker password: " + e.getMessage(), e);
            }
        }
        if (!"mqtts".equals(settings.broker().getScheme())) {
            return new BrokerLogin.Anonymous();
        }
        javax.net.ssl.X509KeyManager keys = identity.orElseThrow(() -> new IllegalStateException(
                "the kiosk is not enrolled: it has no identity to present to the fleet broker"));
        return new BrokerLogin.Identity(keys, settings.brokerCa().map(KioskFleet::trustOf).or(() -> fallbackTrust));
    }

    /** A trust store with the certificates of a PEM file. */
    static KeyStore trustOf(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("broker-ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IllegalArgumentException(pem + " holds no certificate");
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the broker's authority " + pem + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(pem + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** Says the status may have changed (a session ended, the offer changed): it goes out at once when it did. */
    public void changed() {
        telemetry.changed();
    }

    @Override
    public void close() {
        telemetry.close();
        executor.shutdownNow();
        commands.shutdownNow();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
