package org.onetrip.config;

import java.util.Objects;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.ServiceCatalog;

/**
 * A kiosk's whole configuration: its own settings and the service catalog it offers.
 *
 * @param kiosk   from {@code kiosk.yaml}
 * @param catalog from {@code catalog.yaml}
 */
public record Configuration(KioskSettings kiosk, ServiceCatalog catalog) {

    public Configuration {
        Objects.requireNonNull(kiosk, "kiosk");
        Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Copies of a certificate type one citizen may print per day here: the kiosk's override for the type,
     * else the catalog's limit for the type, else the kiosk's default. 0 means not printable here.
     */
    public int dailyLimitFor(CertificateType type) {
        CertificateLimits limits = kiosk.certificateLimits();
        Integer override = limits.overrides().get(type.code());
        if (override != null) {
            return override;
        }
        return type.dailyLimit().orElse(limits.dailyPerCitizen());
    }
}
