package org.onetrip.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.onetrip.config.Configuration;
import org.onetrip.config.FleetSettings;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.kiosk.KioskFleet;
import org.onetrip.fleet.kiosk.KioskFleetControls;
import org.onetrip.fleet.kiosk.KioskStatusReader;
import org.onetrip.kiosk.backend.BackendTls;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.health.HealthSnapshot;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.maintenance.LogFiles;
import org.onetrip.kiosk.maintenance.VersionInfo;
import org.onetrip.kiosk.privacy.PersonalDataMasker;
import org.onetrip.kiosk.supervision.DeviceSupervisor;
import org.onetrip.ui.KioskComposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins a composed kiosk to its fleet when kiosk.yaml has a {@code fleet:} section: its status
 * and events to the broker, the operator's signed commands to the kiosk (docs/fleet.md). A kiosk
 * whose fleet cannot be set up runs on without it and says why in its log.
 */
final class KioskFleetLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KioskFleetLink.class);

    private final KioskFleet fleet;
    private final Optional<KioskIdentityKey> key;

    private KioskFleetLink(KioskFleet fleet, Optional<KioskIdentityKey> key) {
        this.fleet = fleet;
        this.key = key;
    }

    /** The kiosk's fleet, or none when not configured or not to be had. */
    static Optional<KioskFleetLink> open(Configuration configuration, Path configDirectory, Path dataDirectory,
            KioskComposition kiosk, Map<String, String> environment, Clock clock) {
        Optional<FleetSettings> settings = configuration.kiosk().fleet();
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        Optional<KioskIdentityKey> key = Optional.empty();
        try {
            if ("mqtts".equals(settings.get().broker().getScheme()) && settings.get().user().isEmpty()) {
                IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDirectory, environment);
                if (KioskIdentityKey.isCreatedIn(keys.keysDirectory())) {
                    key = Optional.of(KioskIdentityKey.open(keys));
                }
            }
            BrokerLogin login = KioskFleet.login(settings.get(), key.map(KioskIdentityKey::keyManager),
                    BackendTls.trustStore(configuration.kiosk().backend()));
            DeviceSupervisor supervisor = kiosk.supervisor();
            String kioskId = configuration.kiosk().identity().id();
            KioskStatusReader reader = new KioskStatusReader(kioskId,
                    () -> new HealthSnapshot(clock.instant(), supervisor.offer().get(), supervisor.devices(), Map.of()),
                    kiosk.shell(), kiosk.submissions().outbox(), kiosk.maintenanceAudit(), clock,
                    configuration.kiosk().hall().timeZone(),
                    VersionInfo.of(configuration, configDirectory).software(), configDirectory);
            KioskFleetControls controls = new KioskFleetControls(kiosk.shell(), supervisor,
                    new DiagnosticRun(supervisor.supervised(), DiagnosticRun.DEFAULT_TIMEOUT),
                    // systemd starts the kiosk again (deploy/onetrip.service: Restart=always)
                    () -> System.exit(0),
                    new LogFiles(dataDirectory.resolve("logs"), new PersonalDataMasker()::mask, kioskId, clock), kioskId);
            KioskFleet fleet = KioskFleet.start(settings.get(), kioskId, dataDirectory, login, reader, controls,
                    kiosk.maintenanceAudit(), clock, VersionInfo.of(configuration, configDirectory).software());
            log.info("reporting to the fleet at {} as {}/{}/{}", settings.get().broker(), settings.get().region(),
                    settings.get().hall(), kioskId);
            return Optional.of(new KioskFleetLink(fleet, key));
        } catch (RuntimeException e) {
            log.warn("the kiosk runs without its fleet: {}", e.getMessage());
            key.ifPresent(KioskIdentityKey::close);
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        fleet.close();
        key.ifPresent(KioskIdentityKey::close);
    }
}
