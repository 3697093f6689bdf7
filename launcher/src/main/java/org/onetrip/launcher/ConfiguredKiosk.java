package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;

/**
 * The kiosk a technician's command works on: the configuration in {@code --config DIR} (default
 * {@code conf}) and the data directory in {@code --data DIR} (default: the configuration's).
 *
 * @param configuration the loaded, checked configuration
 * @param dataDirectory where the kiosk keeps its data
 */
record ConfiguredKiosk(Configuration configuration, Path dataDirectory) {

    /**
     * Takes {@code --config} and {@code --data} off {@code arguments} and loads the configuration;
     * empty, with every problem printed to {@code err}, when it has any.
     */
    static Optional<ConfiguredKiosk> from(Arguments arguments, PrintStream err) {
        Path configDir = arguments.option("--config").map(Path::of).orElse(Path.of("conf"));
        Optional<Path> dataOverride = arguments.option("--data").map(Path::of);
        arguments.noneLeft();
        return from(configDir, dataOverride, err);
    }

    /** The configuration in {@code configDir}, with its data in {@code dataOverride} when given. */
    static Optional<ConfiguredKiosk> from(Path configDir, Optional<Path> dataOverride, PrintStream err) {
        Configuration configuration;
        try {
            configuration = new ConfigurationLoader().load(configDir);
        } catch (InvalidConfigurationException e) {
            err.println("The configuration in " + configDir + " has problems:");
            e.problems().forEach(err::println);
            return Optional.empty();
        }
        return Optional.of(new ConfiguredKiosk(configuration,
                dataOverride.orElse(configuration.kiosk().dataDirectory())));
    }
}
