package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside the demo, config check refuses PIN hashes others can read, the demo PIN, and PINs too short or of unknown length. */
class TechnicianAccessCheckTest {

    @TempDir
    Path dir;
    private ConfigDirectory config;

    @BeforeEach
    void write() {
        config = new ConfigDirectory(dir);
    }

    @Test
    void aKioskOfItsOwnPinInAnOwnerOnlyFileLoads() {
        assertThat(config.load().kiosk().maintenance().acceptsPin(ConfigDirectory.PIN.toCharArray())).isTrue();
    }

    @Test
    void aFileOthersCanReadIsRefusedWithItsNameAndWhatToRun() throws IOException {
        config.write();
        Files.setPosixFilePermissions(config.kioskFile(), PosixFilePermissions.fromString("rw-r--r--"));

        String errors = runCheck();

        assertThat(errors).contains(config.kioskFile() + " holds technician PIN hashes and can be read by others",
                "rw-r--r--", "run: chmod 600 " + config.kioskFile());
    }

    @Test
    void theDemoPinIsRefusedOutsideTheDemo() {
        config.editKiosk(ConfigDirectory.PIN_HASH, ConfigDirectory.DEMO_PIN_HASH);

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("maintenance.technicianPins[0]");
            assertThat(problem.line()).isEqualTo(ConfigDirectory.lineOf(config.kiosk, ConfigDirectory.DEMO_PIN_HASH));
            assertThat(problem.message()).contains("this is the demo PIN", "./onetrip config hash-pin");
        });
    }

    @Test
    void aPinShorterThanSixDigitsIsRefusedByTheCountItsHashRecords() {
        // only a hand-made hash can say 4: ./onetrip config hash-pin refuses such a PIN
        config.editKiosk(ConfigDirectory.PIN_HASH, ConfigDirectory.PIN_HASH.replace("digits=6", "digits=4"));

        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("the PIN has 4 digits", "6 or more"));
    }

    @Test
    void anOlderHashThatDoesNotTellItsLengthIsRefusedOutsideTheDemo() {
        String older = PinHash.Pbkdf2.derive(ConfigDirectory.PIN.toCharArray(),
                "sixteen-byte-sal".getBytes(StandardCharsets.US_ASCII), PinHash.Pbkdf2.MIN_ITERATIONS).encoded();
        config.editKiosk(ConfigDirectory.PIN_HASH, older);

        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("does not say how long its PIN is", "./onetrip config hash-pin"));
    }

    @Test
    void theDemoWithEveryDeviceSimulatedKeepsItsPublishedPinInAReadableFile() throws IOException {
        config.editKiosk("kind: tcp\n    host: 127.0.0.1\n    port: 9100", "kind: simulated\n    scenario: default")
                .editKiosk(ConfigDirectory.PIN_HASH, ConfigDirectory.DEMO_PIN_HASH).write();
        Files.setPosixFilePermissions(config.kioskFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(new ConfigurationLoader().load(dir).kiosk().maintenance()
                .acceptsPin(MaintenanceSettings.DEMO_PIN.toCharArray())).isTrue();
    }

    @Test
    void theShippedProductionExampleDoesNotCarryTheDemoPin() {
        String example = ConfigDirectory.read(ConfigDirectory.SHIPPED.resolve("examples/production/kiosk.yaml"));
        String hash = example.lines().map(String::strip).filter(line -> line.startsWith("- argon2id$"))
                .findFirst().orElseThrow().substring(2);

        assertThat(PinHash.parse(hash).matches(MaintenanceSettings.DEMO_PIN.toCharArray())).isFalse();
        assertThat(PinHash.parse(hash).digits().orElseThrow()).isGreaterThanOrEqualTo(6);
    }

    private String runCheck() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ConfigCheck().run(dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }
}
