package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * `./onetrip enrol --code CODE [--config DIR] [--data DIR]`: what a technician types once on a new
 * kiosk. Opens (creating it the first time) the kiosk's identity key beside its data directory (in
 * the TPM where the service's environment names one), sends a signing request for it with the
 * one-time code to the configured backend over https, trusting {@code backend.trustStore}, and
 * keeps the certificate the backend answers. From then on the kiosk presents it on every call.
 * Enrolling again, with a new code, revokes the kiosk's earlier certificate.
 */
@Command(name = "enrol", separator = " ", sortOptions = false,
        description = "--code CODE [--config DIR] [--data DIR]  enrol this kiosk with the backend's one-time code")
final class EnrolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Option(names = "--code", paramLabel = "CODE",
            description = "the one-time code from ./onetrip backend enrol-code --kiosk ID (required)")
    String code;

    @Option(names = "--config", paramLabel = "DIR", description = "the configuration (default conf)")
    Path configDir = Path.of("conf");

    @Option(names = "--data", paramLabel = "DIR", description = "the kiosk's data (default: the configured one)")
    Path data;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private final Clock clock;

    EnrolCommand(PrintStream out, PrintStream err, Map<String, String> environment, Clock clock) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (code == null) {
            throw new ParameterException(spec.commandLine(),
                    "--code CODE is required: the one-time code from ./onetrip backend enrol-code --kiosk ID");
        }
        Optional<Path> dataOverride = Optional.ofNullable(data);

        Configuration configuration;
        try {
            configuration = new ConfigurationLoader().load(configDir);
        } catch (InvalidConfigurationException e) {
            err.println("The kiosk cannot enrol: the configuration in " + configDir + " has problems.");
            e.problems().forEach(err::println);
            return 1;
        }
        KioskSettings kiosk = configuration.kiosk();
        Path dataDir = dataOverride.orElse(kiosk.dataDirectory()).toAbsolutePath();
        IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDir, environment);
        try (KioskIdentityKey key = KioskIdentityKey.open(keys)) {
            KioskEnrolment.Outcome outcome = new KioskEnrolment(kiosk, key, clock).enrol(code);
            if (outcome instanceof KioskEnrolment.Outcome.Enrolled enrolled) {
                out.println("Kiosk " + enrolled.kioskId() + " is enrolled with " + kiosk.backend().url()
                        + ": its certificate is valid until " + enrolled.validUntil() + ".");
                out.println("Its " + key.description() + ", in " + keys.keysDirectory() + ".");
                out.println("Every call to the backend now shows this certificate; it is renewed when the kiosk"
                        + " starts in its last " + KioskEnrolment.RENEW_BEFORE.toDays() + " days.");
                return 0;
            }
            if (outcome instanceof KioskEnrolment.Outcome.Refused refused) {
                err.println("The backend refused the enrolment of kiosk " + kiosk.identity().id() + ": "
                        + refused.wireCode() + " (" + refused.message() + ").");
                err.println("Ask the backend's operator for a new code: ./onetrip backend enrol-code --kiosk "
                        + kiosk.identity().id());
                return 1;
            }
            String reason = outcome instanceof KioskEnrolment.Outcome.Unreachable unreachable
                    ? unreachable.reason() : outcome.toString();
            err.println("Cannot enrol with " + kiosk.backend().url() + ": " + reason + ". The code is not used up;"
                    + " try again.");
            if (reason.contains("SSL")) {
                err.println("If the backend's certificate is not trusted: set backend.trustStore in kiosk.yaml to the"
                        + " backend's kiosk authority, e.g. {path: BACKEND_DATA/kiosk-ca.pem, type: PEM}.");
            }
            return 1;
        } catch (IllegalStateException e) {
            err.println("The kiosk cannot enrol: " + e.getMessage());
            return 1;
        }
    }
}
