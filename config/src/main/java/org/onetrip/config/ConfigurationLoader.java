package org.onetrip.config;

import java.nio.file.Path;
import org.onetrip.config.load.YamlConfigurationReader;

/**
 * Loads a kiosk's configuration directory: {@code kiosk.yaml} and {@code catalog.yaml} side by side.
 * Relative paths inside kiosk.yaml resolve against that directory.
 */
public final class ConfigurationLoader {

    private final YamlConfigurationReader reader = new YamlConfigurationReader();

    /**
     * Reads and checks both files. Reads only the files; nothing is created or changed.
     *
     * @throws InvalidConfigurationException with every problem found, each as {@code FILE:LINE:COLUMN: key.path: message}
     */
    public Configuration load(Path configDir) {
        return reader.read(configDir);
    }
}
