package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.FileIdentityKey;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;

/**
 * A technician enrols a kiosk with a running backend: the operator's {@code ./onetrip backend
 * enrol-code}, then {@code ./onetrip enrol} on the kiosk, then {@code ./onetrip diag} says what it holds.
 */
class EnrolCommandTest {

    private static final Path SHIPPED = Path.of("../conf");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ReferenceBackend backend;
    private Path backendData;
    private Path config;
    private Path kioskData;

    @BeforeEach
    void startTheBackendAndWriteTheKiosksConfiguration() throws IOException {
        backendData = dir.resolve("backend-data");
        backend = new ReferenceBackend();
        backend.start(0, backendData);
        config = dir.resolve("conf");
        Files.createDirectories(config.resolve("calendars"));
        Files.copy(SHIPPED.resolve("catalog.yaml"), config.resolve("catalog.yaml"));
        try (var calendars = Files.list(SHIPPED.resolve("calendars"))) {
            for (Path calendar : calendars.toList()) {
                Files.copy(calendar, config.resolve("calendars").resolve(calendar.getFileName()));
            }
        }
        // what the technician writes: the backend's address and its kiosk authority, copied to the kiosk
        Path trust = Files.copy(backendData.resolve("kiosk-ca.pem"), config.resolve("approval-ca.pem"));
        Files.writeString(config.resolve("kiosk.yaml"), Files.readString(SHIPPED.resolve("kiosk.yaml"))
                .replace("url: https://127.0.0.1:18080/api/v1/", "url: " + backend.baseUri() + "\n  trustStore: {path: "
                        + trust.getFileName() + ", type: PEM}"));
        kioskData = dir.resolve("kiosk-data");
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void withTheOperatorsCodeTheKioskEnrolsAndDiagSaysItsKeyIsNotHardwareProtected() throws Exception {
        String code = enrolCode();

        int enrolled = run("enrol", "--code", code, "--config", config.toString(), "--data", kioskData.toString());

        assertThat(enrolled).as(err()).isZero();
        assertThat(out()).contains("Kiosk SZ-NS-0001 is enrolled with " + backend.baseUri(),
                "identity key in a file, not hardware-protected", dir.resolve("kiosk-data-keys").toString());
        Path keyFile = dir.resolve("kiosk-data-keys").resolve(FileIdentityKey.PRIVATE_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        KioskSettings kiosk = new ConfigurationLoader().load(config).kiosk();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.forKiosk(kioskData, Map.of()))) {
            assertThat(backend.recognises(key.certificateChain().orElseThrow().get(0))).isTrue();
            assertThat(new ApprovalBackendClient(BackendConnection.from(kiosk, Optional.of(key))).catalogVersion()
                    .isOk()).isTrue();
        }

        out.reset();
        assertThat(run("diag", "--config", config.toString(), "--data", kioskData.toString())).isZero();
        assertThat(out()).containsPattern("identity: identity key in a file, not hardware-protected; certificate"
                + " CN=SZ-NS-0001 valid until 20\\d\\d-");
        out.reset();
        assertThat(run("diag", "--json", "--config", config.toString(), "--data", kioskData.toString())).isZero();
        assertThat(out()).contains("\"hardwareProtected\":false", "\"certificateValidUntil\":\"20");
    }

    @Test
    void theSameCodeAgainIsRefusedAndTheTechnicianIsToldToAskForANewOne() {
        String code = enrolCode();
        assertThat(run("enrol", "--code", code, "--config", config.toString(), "--data", kioskData.toString()))
                .isZero();

        int again = run("enrol", "--code", code, "--config", config.toString(), "--data", kioskData.toString());

        assertThat(again).isEqualTo(1);
        assertThat(err()).contains("ENROLMENT_CODE_INVALID", "./onetrip backend enrol-code --kiosk SZ-NS-0001");
    }

    @Test
    void aKioskThatDoesNotTrustTheBackendIsToldWhy() throws IOException {
        Files.writeString(config.resolve("kiosk.yaml"), Files.readString(config.resolve("kiosk.yaml"))
                .replace("\n  trustStore: {path: approval-ca.pem, type: PEM}", ""));

        int refused = run("enrol", "--code", enrolCode(), "--config", config.toString(), "--data",
                kioskData.toString());

        assertThat(refused).isEqualTo(1);
        assertThat(err()).contains("Cannot enrol with " + backend.baseUri(), "backend.trustStore");
    }

    @Test
    void aNotEnrolledKioskIsSaidSoByDiag() {
        assertThat(run("diag", "--config", config.toString(), "--data", kioskData.toString())).isZero();
        assertThat(out()).contains("identity: not enrolled", "./onetrip enrol --code CODE");
    }

    @Test
    void enrolNeedsACode() {
        assertThat(run("enrol", "--config", config.toString())).isEqualTo(2);
        assertThat(err()).contains("--code CODE is required");
    }

    /** The operator's side: {@code ./onetrip backend enrol-code} on the running backend's data directory. */
    private String enrolCode() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        OneTrip oneTrip = new OneTrip(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0]);
        assertThat(oneTrip.run(new String[] {"backend", "enrol-code", "--kiosk", "SZ-NS-0001", "--data",
            backendData.toString()})).isZero();
        Matcher code = Pattern.compile("enrolment code for kiosk SZ-NS-0001: (\\S+)")
                .matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    private int run(String... args) {
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0]).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
