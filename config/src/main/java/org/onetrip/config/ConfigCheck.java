package org.onetrip.config;

import java.io.PrintStream;
import java.nio.file.Path;

/** The {@code config check [DIR]} command: loads a configuration directory and tells whether it is usable. */
public final class ConfigCheck {

    private final ConfigurationLoader loader;

    public ConfigCheck(ConfigurationLoader loader) {
        this.loader = loader;
    }

    public ConfigCheck() {
        this(new ConfigurationLoader());
    }

    /**
     * Prints {@code OK: DIR (N matters, M bundles, K certificate types, D devices)} to {@code out} and returns 0,
     * or prints every problem, one per line, to {@code err} and returns 1.
     */
    public int run(Path dir, PrintStream out, PrintStream err) {
        try {
            Configuration configuration = loader.load(dir);
            out.printf("OK: %s (%d matters, %d bundles, %d certificate types, %d devices)%n", dir,
                    configuration.catalog().matters().size(), configuration.catalog().bundles().size(),
                    configuration.catalog().certificateTypes().size(), configuration.kiosk().devices().size());
            return 0;
        } catch (InvalidConfigurationException e) {
            e.problems().forEach(err::println);
            err.printf("%d problem%s in %s%n", e.problems().size(), e.problems().size() == 1 ? "" : "s", dir);
            return 1;
        }
    }
}
