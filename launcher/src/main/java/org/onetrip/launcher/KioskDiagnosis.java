package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.kiosk.health.DiagnosticReport;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.ui.KioskDevices;

/**
 * `./onetrip diag [--json] [--config DIR] [--data DIR]`: every configured device's self-test, headless, one
 * line (or JSON object) a device; exit 0 only when all passed. Run it with the kiosk stopped: a
 * running kiosk holds the devices' ports.
 */
final class KioskDiagnosis {

    private final PrintStream out;
    private final PrintStream err;

    KioskDiagnosis(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        boolean json = arguments.flag("--json");
        Path configDir = arguments.option("--config").map(Path::of).orElse(Path.of("conf"));
        Optional<Path> dataOverride = arguments.option("--data").map(Path::of);
        arguments.noneLeft();
        Configuration configuration;
        try {
            configuration = new ConfigurationLoader().load(configDir);
        } catch (InvalidConfigurationException e) {
            err.println("The configuration in " + configDir + " has problems:");
            e.problems().forEach(err::println);
            return 2;
        }
        Path dataDir = dataOverride.orElse(configuration.kiosk().dataDirectory());
        try (KioskDevices devices = new KioskDevices(configuration.kiosk(), dataDir, Clock.systemDefaultZone())) {
            DiagnosticReport report = new DiagnosticRun(devices.supervised(), DiagnosticRun.DEFAULT_TIMEOUT).run();
            (json ? report.jsonLines() : report.textLines()).forEach(out::println);
            return report.exitCode();
        }
    }
}
