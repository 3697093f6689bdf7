package org.onetrip.config;

import java.util.Map;
import java.util.Objects;

/**
 * How many copies of one certificate type one citizen may print per day at this kiosk.
 *
 * @param dailyPerCitizen the limit for every type without an override, 1 to 99
 * @param overrides       limits for certificate type codes, 0 to 99 (0 = not printable here);
 *                        these win over the catalog's own limit for the type
 */
public record CertificateLimits(int dailyPerCitizen, Map<String, Integer> overrides) {

    public static final int DEFAULT_DAILY_PER_CITIZEN = 3;
    public static final int MAX_DAILY = 99;

    public static final CertificateLimits DEFAULT = new CertificateLimits(DEFAULT_DAILY_PER_CITIZEN, Map.of());

    public CertificateLimits {
        if (dailyPerCitizen < 1 || dailyPerCitizen > MAX_DAILY) {
            throw new IllegalArgumentException("dailyPerCitizen must be from 1 to " + MAX_DAILY + ", got " + dailyPerCitizen);
        }
        overrides = Map.copyOf(overrides);
        overrides.forEach((code, limit) -> {
            Objects.requireNonNull(limit, code);
            if (limit < 0 || limit > MAX_DAILY) {
                throw new IllegalArgumentException("limit for " + code + " must be from 0 to " + MAX_DAILY + ", got " + limit);
            }
        });
    }
}
