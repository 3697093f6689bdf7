package org.onetrip.config;

import java.util.List;
import java.util.Objects;

/**
 * A configuration that passed the check, with what the check found worth knowing without refusing it.
 *
 * @param configuration the usable configuration
 * @param warnings      in file order, e.g. a certificate font not installed or a year the working-day
 *                      calendar does not cover; each as {@code FILE:LINE:COLUMN: key.path: message}
 */
public record CheckedConfiguration(Configuration configuration, List<ConfigurationProblem> warnings) {

    public CheckedConfiguration {
        Objects.requireNonNull(configuration, "configuration");
        warnings = List.copyOf(warnings);
    }
}
