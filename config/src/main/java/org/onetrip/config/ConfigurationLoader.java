package org.onetrip.config;

import java.nio.file.Path;
import java.time.Clock;
import org.onetrip.config.load.YamlConfigurationReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a kiosk's configuration directory: {@code kiosk.yaml} and {@code catalog.yaml} side by side, and
 * the working-day calendar files kiosk.yaml names. Relative paths inside kiosk.yaml resolve against that
 * directory. Reads only the files; nothing is created or changed. Blocks on file I/O.
 */
public final class ConfigurationLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationLoader.class);

    private final YamlConfigurationReader reader;

    /** @param clock tells the current year, to warn of years the working-day calendar does not cover */
    public ConfigurationLoader(Clock clock) {
        this.reader = new YamlConfigurationReader(clock);
    }

    public ConfigurationLoader() {
        this(Clock.systemUTC());
    }

    /**
     * Reads and checks every file; the warnings are logged.
     *
     * @throws InvalidConfigurationException with every problem found, each as {@code FILE:LINE:COLUMN: key.path: message}
     */
    public Configuration load(Path configDir) {
        CheckedConfiguration checked = check(configDir);
        checked.warnings().forEach(warning -> LOG.warn("configuration: {}", warning));
        return checked.configuration();
    }

    /**
     * Reads and checks every file, returning the warnings with the configuration.
     *
     * @throws InvalidConfigurationException with every problem found (and the warnings)
     */
    public CheckedConfiguration check(Path configDir) {
        return reader.check(configDir);
    }
}
