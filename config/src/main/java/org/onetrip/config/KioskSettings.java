package org.onetrip.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.config.devices.DeviceSettings;

/**
 * Everything in {@code kiosk.yaml}: this kiosk, its devices, its backend and its rules.
 *
 * @param identity          who the kiosk is
 * @param locales           the screen languages
 * @param timeouts          how long the kiosk waits
 * @param dataDirectory     where the kiosk keeps its database, outbox files and logs (absolute)
 * @param devices           at most one device per role
 * @param backend           the approval backend
 * @param maintenance       technician access
 * @param certificateLimits per-citizen daily printing limits
 * @param health            health reporting besides the heartbeat
 * @param voice             the speech program of the voice guidance
 * @param hall              the hall's policy: time zone, certificate verification page and fonts, working days
 * @param fleet             the fleet's MQTT broker it reports to and takes commands from; empty: none
 */
public record KioskSettings(KioskIdentity identity, LocaleSettings locales, Timeouts timeouts, Path dataDirectory,
                            List<DeviceSettings> devices, BackendSettings backend, MaintenanceSettings maintenance,
                            CertificateLimits certificateLimits, HealthSettings health, VoiceSettings voice,
                            HallPolicy hall, Optional<FleetSettings> fleet) {

    /** Settings that report to no fleet. */
    public KioskSettings(KioskIdentity identity, LocaleSettings locales, Timeouts timeouts, Path dataDirectory,
                         List<DeviceSettings> devices, BackendSettings backend, MaintenanceSettings maintenance,
                         CertificateLimits certificateLimits, HealthSettings health, VoiceSettings voice,
                         HallPolicy hall) {
        this(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits, health, voice,
                hall, Optional.empty());
    }

    /** Settings with {@link HallPolicy#DEFAULT}: for configurations built in code. */
    public KioskSettings(KioskIdentity identity, LocaleSettings locales, Timeouts timeouts, Path dataDirectory,
                         List<DeviceSettings> devices, BackendSettings backend, MaintenanceSettings maintenance,
                         CertificateLimits certificateLimits, HealthSettings health, VoiceSettings voice) {
        this(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits, health, voice,
                HallPolicy.DEFAULT);
    }

    /** Settings that look for the default speech program. */
    public KioskSettings(KioskIdentity identity, LocaleSettings locales, Timeouts timeouts, Path dataDirectory,
                         List<DeviceSettings> devices, BackendSettings backend, MaintenanceSettings maintenance,
                         CertificateLimits certificateLimits, HealthSettings health) {
        this(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits, health,
                VoiceSettings.DEFAULT);
    }

    /** Settings without a metrics port. */
    public KioskSettings(KioskIdentity identity, LocaleSettings locales, Timeouts timeouts, Path dataDirectory,
                         List<DeviceSettings> devices, BackendSettings backend, MaintenanceSettings maintenance,
                         CertificateLimits certificateLimits) {
        this(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits, HealthSettings.OFF);
    }

    public KioskSettings {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(locales, "locales");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(certificateLimits, "certificateLimits");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(fleet, "fleet");
        devices = List.copyOf(devices);
        Map<DeviceRole, DeviceSettings> byRole = new EnumMap<>(DeviceRole.class);
        for (DeviceSettings device : devices) {
            if (byRole.put(device.role(), device) != null) {
                throw new IllegalArgumentException("two devices for role " + device.role().configName());
            }
        }
    }

    /** The same settings with other time-outs. */
    public KioskSettings withTimeouts(Timeouts other) {
        return new KioskSettings(identity, locales, other, dataDirectory, devices, backend, maintenance, certificateLimits,
                health, voice, hall, fleet);
    }

    /** The same settings with another data directory (absolute). */
    public KioskSettings withDataDirectory(Path other) {
        return new KioskSettings(identity, locales, timeouts, other, devices, backend, maintenance, certificateLimits,
                health, voice, hall, fleet);
    }

    /** The same settings with another backend. */
    public KioskSettings withBackend(BackendSettings other) {
        return new KioskSettings(identity, locales, timeouts, dataDirectory, devices, other, maintenance, certificateLimits,
                health, voice, hall, fleet);
    }

    /** The same settings with other health reporting. */
    public KioskSettings withHealth(HealthSettings other) {
        return new KioskSettings(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits,
                other, voice, hall, fleet);
    }

    /** The same settings with another hall policy. */
    public KioskSettings withHall(HallPolicy other) {
        return new KioskSettings(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits,
                health, voice, other, fleet);
    }

    /** The same settings reporting to another fleet, or to none. */
    public KioskSettings withFleet(Optional<FleetSettings> other) {
        return new KioskSettings(identity, locales, timeouts, dataDirectory, devices, backend, maintenance, certificateLimits,
                health, voice, hall, other);
    }

    /**
     * Where the kiosk keeps its keys: beside the data directory, never in it ({@code <dataDirectory>-keys}),
     * so that a copy of the data directory holds no key to what it keeps.
     */
    public Path keyDirectory() {
        return keyDirectoryOf(dataDirectory);
    }

    /** The key directory that goes with a data directory. */
    public static Path keyDirectoryOf(Path dataDirectory) {
        return besideDataDirectory(dataDirectory, "keys");
    }

    /**
     * A directory beside the data directory, never in it: {@code <dataDirectory>-<what>}, for what a copy
     * of the data directory must not hold (its keys, a simulated printer's paper, a demo backend's data).
     */
    public static Path besideDataDirectory(Path dataDirectory, String what) {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-" + what);
    }

    /** The device configured for a role, if the kiosk has one. */
    public Optional<DeviceSettings> device(DeviceRole role) {
        return devices.stream().filter(device -> device.role() == role).findFirst();
    }
}
