package org.onetrip.kiosk.maintenance;

import java.nio.file.Path;
import java.util.Objects;

import org.onetrip.config.Configuration;

/**
 * What the maintenance screen shows about the configuration.
 *
 * @param kioskId        this kiosk
 * @param configuration  the configuration directory in use
 * @param catalogVersion the catalog's {@code version}
 * @param software       the kiosk software's version (the jar's implementation version, or {@code development})
 * @param devices        how many devices are configured
 */
public record VersionInfo(String kioskId, Path configuration, String catalogVersion, String software, int devices) {
    public VersionInfo {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(software, "software");
    }

    /** From the loaded configuration and the package of the running code. */
    public static VersionInfo of(Configuration configuration, Path directory) {
        String software = VersionInfo.class.getPackage().getImplementationVersion();
        return new VersionInfo(configuration.kiosk().identity().id(), directory, configuration.catalog().version(),
                software == null ? "development" : software, configuration.kiosk().devices().size());
    }
}
