package org.onetrip.config.load;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.CheckedConfiguration;
import org.onetrip.config.Configuration;
import org.onetrip.config.DidYouMean;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.config.KioskSettings;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.ServiceCatalog;

/**
 * Reads {@code kiosk.yaml} and {@code catalog.yaml} from a configuration directory, checks both and the
 * references between them, and reports every problem found with its file, line, column and key path.
 */
public final class YamlConfigurationReader {

    public static final String KIOSK_FILE = "kiosk.yaml";
    public static final String CATALOG_FILE = "catalog.yaml";

    private final Clock clock;

    /** @param clock tells the current year, to warn of years the working-day calendar does not cover */
    public YamlConfigurationReader(Clock clock) {
        this.clock = clock;
    }

    public YamlConfigurationReader() {
        this(Clock.systemUTC());
    }

    /**
     * @throws InvalidConfigurationException listing every problem, when anything is wrong
     */
    public Configuration read(Path configDirectory) {
        return check(configDirectory).configuration();
    }

    /**
     * Reads and checks the directory, keeping the warnings: findings that leave it usable.
     *
     * @throws InvalidConfigurationException listing every problem (and the warnings), when anything is wrong
     */
    public CheckedConfiguration check(Path configDirectory) {
        Path directory = configDirectory.toAbsolutePath().normalize();
        ProblemLog problems = new ProblemLog();
        Optional<YamlValue> kioskRoot = YamlFile.read(directory.resolve(KIOSK_FILE), problems);
        Optional<KioskSettings> kiosk = kioskRoot.flatMap(root -> new KioskBinder(directory, clock).bind(root));
        Optional<ServiceCatalog> catalog = YamlFile.read(directory.resolve(CATALOG_FILE), problems)
                .flatMap(root -> new CatalogBinder().bind(root));
        kiosk.ifPresent(settings -> TechnicianAccessCheck.check(settings, kioskRoot.orElseThrow().file(),
                directory.resolve(KIOSK_FILE)));
        if (kiosk.isPresent() && catalog.isPresent()) {
            checkCertificateOverrides(kiosk.get(), catalog.get(), kioskRoot.orElseThrow().file());
        }
        if (problems.count() > 0) {
            throw new InvalidConfigurationException(problems.sorted(), problems.warnings());
        }
        return new CheckedConfiguration(new Configuration(kiosk.orElseThrow(), catalog.orElseThrow()), problems.warnings());
    }

    private static void checkCertificateOverrides(KioskSettings kiosk, ServiceCatalog catalog, YamlFile kioskFile) {
        List<String> known = catalog.certificateTypes().stream().map(CertificateType::code).toList();
        for (String code : kiosk.certificateLimits().overrides().keySet()) {
            if (catalog.certificateType(code).isEmpty()) {
                kioskFile.problemAt("certificates.overrides." + code, "unknown certificate type '" + code + "'"
                        + DidYouMean.hint(code, known) + "; the catalog defines: " + String.join(", ", known));
            }
        }
    }
}
