package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.FleetSettings;
import org.onetrip.fleet.LocalBroker;

/** {@code ./onetrip demo --fleet}: the demo's own broker and operator key, and the demo kiosk joined to them. */
class DemoFleetTest {

    @TempDir
    Path dir;

    @Test
    void theDemoKioskJoinsAFleetOnItsOwnLoopbackBroker() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Configuration shipped = new ConfigurationLoader().load(Path.of("../conf"));
        try (DemoFleet fleet = DemoFleet.start(dir.resolve("data"), new PrintStream(out, true, StandardCharsets.UTF_8))) {
            FleetSettings settings = fleet.join(shipped).kiosk().fleet().orElseThrow();
            assertThat(settings.broker().toString()).startsWith("mqtt://127.0.0.1:");
            assertThat(settings.region()).isEqualTo("demo");
            assertThat(Files.isRegularFile(settings.operatorKey())).isTrue();
            assertThat(dir.resolve("data-fleet/fleet-operator.jwk")).isRegularFile();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("./onetrip fleet console --broker "
                    + settings.broker());
        }
    }
}
