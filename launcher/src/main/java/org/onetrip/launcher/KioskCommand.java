package org.onetrip.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.onetrip.config.KioskSettings;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.launcher.logging.LogSetup;
import org.onetrip.ui.KioskComposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `./onetrip demo` and `./onetrip run`: validates the configuration (the kiosk does not start
 * on a bad one), moves logging to the data directory, and opens the kiosk. The demo also
 * runs the reference backend in-process on the configured loopback port.
 */
final class KioskCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(KioskCommand.class);

    enum Mode { DEMO, RUN }

    private final Mode mode;
    private final PrintStream out;
    private final PrintStream err;

    KioskCommand(Mode mode, PrintStream out, PrintStream err) {
        this.mode = mode;
        this.out = out;
        this.err = err;
    }

    @Override
    public String summary() {
        return mode == Mode.DEMO
                ? "[--kiosk] [--data DIR]  the kiosk with simulated devices, conf/ and a reference backend"
                : "--config DIR [--windowed] [--data DIR]  the kiosk, full screen, from a configuration";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Arguments arguments = new Arguments(args);
        boolean kioskMode = mode == Mode.DEMO ? arguments.flag("--kiosk") : !arguments.flag("--windowed");
        Path configDir = mode == Mode.DEMO
                ? arguments.option("--config").map(Path::of).orElse(Path.of("conf"))
                : arguments.option("--config").map(Path::of)
                        .orElseThrow(() -> new UsageException("--config DIR is required"));
        Optional<Path> dataOverride = arguments.option("--data").map(Path::of);
        arguments.noneLeft();

        Configuration configuration;
        try {
            configuration = new ConfigurationLoader().load(configDir);
        } catch (InvalidConfigurationException e) {
            err.println("The kiosk does not start: the configuration in " + configDir + " has problems.");
            e.problems().forEach(err::println);
            return 1;
        }
        Path dataDir = dataOverride.orElse(configuration.kiosk().dataDirectory()).toAbsolutePath();
        // only the kiosk's user may enter its data and logs, whatever the umask
        PrivateFiles.ownerOnly(dataDir);
        PrivateFiles.ownerOnly(dataDir.resolve("logs"));
        LogSetup.toDataDirectory(dataDir);
        log.info("starting kiosk {} ({}), data in {}", configuration.kiosk().identity().id(), mode, dataDir);

        try (ReferenceBackend backend = mode == Mode.DEMO ? startBackend(configuration, dataDir) : null;
             KioskComposition kiosk = new KioskComposition(backend == null ? configuration
                     : pinnedTo(configuration, backend), configDir, dataDir, kioskMode, Clock.systemDefaultZone())) {
            if (mode == Mode.DEMO) {
                kiosk.idCardSimulator().ifPresent(reader -> new DemoConsole(reader, kiosk.scannerSimulator())
                        .start(System.in, out));
            }
            kiosk.open().join();
        }
        return 0;
    }

    private ReferenceBackend startBackend(Configuration configuration, Path dataDir) {
        URI url = configuration.kiosk().backend().url();
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(url.getHost())) {
            throw new UsageException("the demo runs its reference backend on loopback, but the configured backend is " + url);
        }
        ReferenceBackend backend = new ReferenceBackend();
        // the approval system's data beside the kiosk's, not in it
        backend.start(url.getPort(), dataDir.resolveSibling(dataDir.getFileName() + "-backend"));
        out.println("Reference backend at " + backend.baseUri() + backend.operatorTokenFile()
                .map(file -> " (operator token for /admin in " + file.toAbsolutePath() + ")")
                .orElse(""));
        return backend;
    }

    /** The demo kiosk pins the sealing key of the backend it started, as an operator pins the real one. */
    private static Configuration pinnedTo(Configuration configuration, ReferenceBackend backend) {
        KioskSettings kiosk = configuration.kiosk();
        return new Configuration(kiosk.withBackend(kiosk.backend().withSealingKeys(
                List.of(backend.sealingKeys().current().kid()))), configuration.catalog());
    }
}
