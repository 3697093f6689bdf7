package org.onetrip.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.launcher.logging.LogSetup;
import org.onetrip.ui.KioskComposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `./onetrip demo` and `./onetrip run`: validates the configuration (the kiosk does not start
 * on a bad one), moves logging to the data directory, renews the kiosk's certificate in its last
 * days, and opens the kiosk. The demo also runs the reference backend in-process on the
 * configured loopback port, over mutual TLS like any other, and enrols the kiosk with it the way
 * a technician would (a one-time code from that backend's registry) when it is not enrolled there.
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
                ? "[--kiosk] [--data DIR] [--fleet]  the kiosk with simulated devices, conf/ and a reference backend"
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
        boolean fleet = mode == Mode.DEMO && arguments.flag("--fleet");
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
                DemoFleet demoFleet = fleet ? DemoFleet.start(dataDir, out) : null) {
            Configuration enrolled = backend == null ? configuration : enrolledWith(backend, configuration, dataDir);
            Configuration composed = demoFleet == null ? enrolled : demoFleet.join(enrolled);
            renewIfDue(composed.kiosk(), dataDir);
            return open(composed, configDir, dataDir, kioskMode);
        }
    }

    /** 0 when the window was closed, 1 when it could not open (said on standard error). */
    private int open(Configuration configuration, Path configDir, Path dataDir, boolean kioskMode) {
        try (KioskComposition kiosk = new KioskComposition(configuration, configDir, dataDir, kioskMode,
                Clock.systemDefaultZone());
                KioskFleetLink fleet = KioskFleetLink.open(configuration, configDir, dataDir, kiosk, System.getenv(),
                        Clock.systemUTC()).orElse(null)) {
            if (mode == Mode.DEMO) {
                kiosk.idCardSimulator().ifPresent(reader -> new DemoConsole(reader, kiosk.scannerSimulator())
                        .start(System.in, out));
            }
            try {
                kiosk.open().join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof KioskComposition.WindowUnavailableException unavailable) {
                    err.println("The kiosk does not start: " + unavailable.getMessage());
                    return 1;
                }
                throw e;
            }
        }
        return 0;
    }

    /** The demo's kiosk trusts its own backend and is enrolled there, as a technician would enrol it. */
    private Configuration enrolledWith(ReferenceBackend backend, Configuration configuration, Path dataDir) {
        // the demo trusts the backend it started and pins its sealing key, as an operator configures a real one
        KioskSettings kiosk = configuration.kiosk().withBackend(BackendSettings.trusting(backend.baseUri(),
                backend.authorityCertificateFile()).withSealingKeys(List.of(backend.sealingKeys().current().kid())));
        String kioskId = kiosk.identity().id();
        KioskEnrolment.Outcome outcome = KioskEnrolment.enrolUnlessRecognised(kiosk, dataDir,
                () -> backend.issueEnrolmentCode(kioskId).code(), backend::recognises);
        if (outcome instanceof KioskEnrolment.Outcome.Enrolled enrolled) {
            out.println("Kiosk " + kioskId + " enrolled with the demo backend; certificate valid until "
                    + enrolled.validUntil());
        }
        return new Configuration(kiosk, configuration.catalog());
    }

    /** A kiosk renews its certificate when it starts in the certificate's last days; it runs on whatever comes of it. */
    private void renewIfDue(KioskSettings kiosk, Path dataDir) {
        IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDir, System.getenv());
        if (!KioskIdentityKey.isCreatedIn(keys.keysDirectory())) {
            err.println("This kiosk is not enrolled: the backend refuses its calls until a technician runs"
                    + " ./onetrip enrol --code CODE");
            return;
        }
        try (KioskIdentityKey key = KioskIdentityKey.open(keys)) {
            KioskEnrolment.Outcome outcome = new KioskEnrolment(kiosk, key, Clock.systemUTC()).renewIfDue();
            log.info("certificate renewal at start: {}", outcome);
        } catch (RuntimeException e) {
            log.warn("could not check whether the kiosk's certificate is due for renewal", e);
        }
    }

    private ReferenceBackend startBackend(Configuration configuration, Path dataDir) {
        URI url = configuration.kiosk().backend().url();
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(url.getHost())) {
            throw new UsageException("the demo runs its reference backend on loopback, but the configured backend is " + url);
        }
        ReferenceBackend backend = new ReferenceBackend();
        // the approval system's data beside the kiosk's, not in it
        backend.start(url.getPort(), KioskSettings.besideDataDirectory(dataDir, "backend"));
        out.println("Reference backend at " + backend.baseUri() + backend.operatorTokenFile()
                .map(file -> " (operator token for /admin in " + file.toAbsolutePath() + ")")
                .orElse(""));
        return backend;
    }
}
