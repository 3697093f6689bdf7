package org.onetrip.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

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
     * or prints every problem, one per line, to {@code err} and returns 1. Warnings, which do not change the
     * result, go to {@code err} as {@code FILE:LINE:COLUMN: warning: key.path: message}, then a count.
     */
    public int run(Path dir, PrintStream out, PrintStream err) {
        try {
            CheckedConfiguration checked = loader.check(dir);
            Configuration configuration = checked.configuration();
            out.printf("OK: %s (%d matters, %d bundles, %d certificate types, %d devices)%n", dir,
                    configuration.catalog().matters().size(), configuration.catalog().bundles().size(),
                    configuration.catalog().certificateTypes().size(), configuration.kiosk().devices().size());
            printWarnings(checked.warnings(), dir, err);
            return 0;
        } catch (InvalidConfigurationException e) {
            e.problems().forEach(err::println);
            err.printf("%d problem%s in %s%n", e.problems().size(), e.problems().size() == 1 ? "" : "s", dir);
            printWarnings(e.warnings(), dir, err);
            return 1;
        }
    }

    private static void printWarnings(List<ConfigurationProblem> warnings, Path dir, PrintStream err) {
        if (warnings.isEmpty()) {
            return;
        }
        warnings.forEach(warning -> err.println(warning.asWarning()));
        err.printf("%d warning%s in %s%n", warnings.size(), warnings.size() == 1 ? "" : "s", dir);
    }
}
