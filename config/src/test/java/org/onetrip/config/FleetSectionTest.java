package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.config.ConfigDirectory.lineOf;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet: section of kiosk.yaml: optional, and each mistake reported with file, line and what is allowed. */
class FleetSectionTest {

    @TempDir
    Path dir;

    ConfigDirectory config;

    @BeforeEach
    void setUp() {
        config = new ConfigDirectory(dir);
        config.writeFile("fleet-operator.pub.jwk", "{\"kty\":\"EC\"}\n");
    }

    private void fleet(String section) {
        config.kiosk = config.kiosk + "\nfleet:\n" + section;
    }

    @Test
    void withoutTheSectionTheKioskReportsToNoFleet() {
        assertThat(config.load().kiosk().fleet()).isEmpty();
    }

    @Test
    void aFullSectionLoads() {
        fleet("""
                  broker: mqtts://fleet.example.gov:8883
                  region: north
                  hall: hall-01
                  operatorKey: fleet-operator.pub.jwk
                  eventLimit: 500
                """);
        FleetSettings fleet = config.load().kiosk().fleet().orElseThrow();
        assertThat(fleet.broker()).isEqualTo(URI.create("mqtts://fleet.example.gov:8883"));
        assertThat(fleet.region()).isEqualTo("north");
        assertThat(fleet.hall()).isEqualTo("hall-01");
        assertThat(fleet.operatorKey()).isEqualTo(dir.resolve("fleet-operator.pub.jwk").toAbsolutePath().normalize());
        assertThat(fleet.eventLimit()).isEqualTo(500);
        assertThat(fleet.user()).isEmpty();
    }

    @Test
    void aPlainBrokerElsewhereIsRefusedWithItsLine() {
        fleet("""
                  broker: mqtt://fleet.example.gov:1883
                  region: north
                  hall: hall-01
                  operatorKey: fleet-operator.pub.jwk
                """);
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "broker: mqtt://fleet"));
            assertThat(problem.keyPath()).isEqualTo("fleet.broker");
            assertThat(problem.message()).contains("mqtts://HOST[:PORT]");
        });
    }

    @Test
    void aMissingKeyFileABadHallAndAPasswordForARemoteBrokerAreEachNamed() {
        fleet("""
                  broker: mqtt://127.0.0.1:1883
                  region: north
                  hall: hall/01
                  operatorKey: nowhere.jwk
                  eventLimit: 5
                """);
        assertThat(config.problems()).extracting(ConfigurationProblem::keyPath)
                .containsExactlyInAnyOrder("fleet.hall", "fleet.operatorKey", "fleet.eventLimit");

        config = new ConfigDirectory(dir);
        config.writeFile("broker-password", "secret\n");
        fleet("""
                  broker: mqtts://fleet.example.gov
                  region: north
                  hall: hall-01
                  operatorKey: fleet-operator.pub.jwk
                  user: kiosk
                  passwordFile: broker-password
                """);
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("fleet");
            assertThat(problem.message()).contains("password login is for a development broker on loopback");
        });
    }
}
