package org.onetrip.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.onetrip.config.Configuration;
import org.onetrip.config.FleetSettings;
import org.onetrip.config.KioskSettings;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.LocalBroker;
import org.onetrip.fleet.OperatorKey;

/**
 * {@code ./onetrip demo --fleet}: a Mosquitto of the demo's own on loopback (anonymous clients,
 * nothing kept), an operator key beside the data directory ({@code DATA-fleet/fleet-operator.jwk},
 * made once), and the demo kiosk joined to that fleet as region {@code demo}, hall {@code hall-01}.
 */
final class DemoFleet implements AutoCloseable {

    private final LocalBroker broker;
    private final FleetSettings settings;

    private DemoFleet(LocalBroker broker, FleetSettings settings) {
        this.broker = broker;
        this.settings = settings;
    }

    static DemoFleet start(Path dataDirectory, PrintStream out) {
        if (!LocalBroker.installed()) {
            throw new UsageException("--fleet needs Mosquitto (Debian package mosquitto): ./onetrip demo --fleet"
                    + " installs it, or apt-get install mosquitto");
        }
        Path home = KioskSettings.besideDataDirectory(dataDirectory, "fleet");
        Path key = home.resolve("fleet-operator.jwk");
        if (!Files.exists(key)) {
            OperatorKey.generate(new FleetJson()).save(key);
        }
        LocalBroker broker = LocalBroker.start(home.resolve("broker"));
        FleetSettings settings = new FleetSettings(URI.create(broker.address().toString()), "demo", "hall-01",
                OperatorKey.publicFile(key), Optional.empty(), Optional.empty(), Optional.empty(),
                FleetSettings.DEFAULT_EVENTS);
        out.println("Fleet broker at " + broker.address() + "; watch it with ./onetrip fleet console --broker "
                + broker.address() + " --key " + key);
        return new DemoFleet(broker, settings);
    }

    /** The configuration with the demo's fleet. */
    Configuration join(Configuration configuration) {
        return new Configuration(configuration.kiosk().withFleet(Optional.of(settings)), configuration.catalog());
    }

    @Override
    public void close() {
        broker.close();
    }
}
