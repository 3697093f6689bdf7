package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.onetrip.config.ConfigDirectory.columnOf;
import static org.onetrip.config.ConfigDirectory.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in kiosk.yaml is reported with file, line, column, key path and what is allowed. */
class KioskFileProblemsTest {

    @TempDir
    Path dir;

    ConfigDirectory config;

    @BeforeEach
    void setUp() {
        config = new ConfigDirectory(dir);
    }

    @Test
    void theTestBaselineIsValid() {
        Configuration configuration = config.load();

        assertThat(configuration.kiosk().identity().id()).isEqualTo("SZ-NS-0001");
        assertThat(configuration.kiosk().timeouts()).isEqualTo(Timeouts.DEFAULT);
        assertThat(configuration.kiosk().dataDirectory()).isEqualTo(dir.resolve("data").toAbsolutePath().normalize());
    }

    @Test
    void aWordWhereANumberBelongsNamesTheAllowedRange() {
        config.editKiosk("port: 9100", "port: abc");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "port: abc"));
            assertThat(problem.column()).isEqualTo(columnOf(config.kiosk, "abc"));
            assertThat(problem.keyPath()).isEqualTo("devices.receiptPrinter.port");
            assertThat(problem.message()).isEqualTo("expected a whole number from 1 to 65535, got 'abc'");
        });
    }

    @Test
    void aNumberOutOfRangeNamesTheRange() {
        config.editKiosk("port: 9100", "port: 70000");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "port: 70000"));
            assertThat(problem.keyPath()).isEqualTo("devices.receiptPrinter.port");
            assertThat(problem.message()).contains("from 1 to 65535", "'70000'");
        });
    }

    @Test
    void aMisspeltKeyIsReportedWithTheKeyItWasMeantToBe() {
        config.editKiosk("port: 9100", "prot: 9100");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath)
                .containsExactly("devices.receiptPrinter.port", "devices.receiptPrinter.prot");
        assertThat(problems.get(0).line()).isEqualTo(lineOf(config.kiosk, "receiptPrinter:"));
        assertThat(problems.get(0).message()).startsWith("required key is missing");
        assertThat(problems.get(1).line()).isEqualTo(lineOf(config.kiosk, "prot: 9100"));
        assertThat(problems.get(1).message()).contains("unknown key 'prot'", "did you mean 'port'?", "allowed here:", "host");
    }

    @Test
    void aMisspeltTopLevelKeyIsSuggestedToo() {
        config.editKiosk("timeouts:", "timeout:");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "timeout:"));
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.keyPath()).isEqualTo("timeout");
            assertThat(problem.message()).contains("did you mean 'timeouts'?");
        });
    }

    @Test
    void aMissingRequiredKeyIsReportedAtItsParent() {
        config.editKiosk("  url: http://127.0.0.1:18080/\n", "");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "backend:"));
            assertThat(problem.keyPath()).isEqualTo("backend.url");
            assertThat(problem.message()).contains("required key is missing", "http:// or https:// URL");
        });
    }

    @Test
    void aDataDirectoryThatIsAFileIsReportedWhereItIsConfigured() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("not-a-directory"), "");
        config.editKiosk("timeouts:", "dataDirectory: not-a-directory\ntimeouts:");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "dataDirectory: not-a-directory"));
            assertThat(problem.keyPath()).isEqualTo("dataDirectory");
            assertThat(problem.message()).contains("not-a-directory", "is not a directory");
        });
    }

    @Test
    void sealingKeysArePinnedByTheirThumbprintAndAnythingElseIsNamed() {
        config.editKiosk("  connectTimeout: 5s\n", "  connectTimeout: 5s\n  sealingKeys:\n"
                + "    - D4zMIn9PmonjKLDYv6IFY91ODF5WHsiTOjGF-eFxjBo\n    - not-a-kid\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "- not-a-kid"));
            assertThat(problem.keyPath()).isEqualTo("backend.sealingKeys[1]");
            assertThat(problem.message()).contains("sealing key id", "GET /sealing-keys", "'not-a-kid'");
        });
        config.editKiosk("    - not-a-kid\n", "");
        assertThat(config.load().kiosk().backend().sealingKeys())
                .containsExactly("D4zMIn9PmonjKLDYv6IFY91ODF5WHsiTOjGF-eFxjBo");
    }

    @Test
    void theSetAsideLimitsHaveDefaultsAndAreReadWhenGiven() {
        assertThat(config.load().kiosk().backend().setAside()).isEqualTo(SetAsideSettings.DEFAULT);

        config.editKiosk("  connectTimeout: 5s\n", "  connectTimeout: 5s\n  setAside:\n"
                + "    afterFailures: 20\n    afterFailingFor: 2d\n    afterRefusals: 1\n");

        assertThat(config.load().kiosk().backend().setAside())
                .isEqualTo(new SetAsideSettings(20, java.time.Duration.ofDays(2), 1));
    }

    @Test
    void setAsideLimitsOutOfRangeAreReportedWithFileLineAndTheRange() {
        config.editKiosk("  connectTimeout: 5s\n", "  connectTimeout: 5s\n  setAside:\n"
                + "    afterFailures: 0\n    afterFailingFor: 10s\n    afterRefusal: 2\n");

        assertThat(config.problems()).satisfiesExactlyInAnyOrder(
                problem -> {
                    assertThat(problem.file()).isEqualTo(config.kioskFile());
                    assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "afterFailures: 0"));
                    assertThat(problem.keyPath()).isEqualTo("backend.setAside.afterFailures");
                    assertThat(problem.message()).contains("from 1 to 1000", "'0'");
                },
                problem -> {
                    assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "afterFailingFor: 10s"));
                    assertThat(problem.keyPath()).isEqualTo("backend.setAside.afterFailingFor");
                    assertThat(problem.message()).contains("from 1m to 30d", "'10s'");
                },
                problem -> {
                    assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "afterRefusal: 2"));
                    assertThat(problem.keyPath()).isEqualTo("backend.setAside.afterRefusal");
                    assertThat(problem.message()).contains("did you mean 'afterRefusals'");
                });
    }

    @Test
    void moreRefusalsThanFailuresAreReportedAtTheRefusals() {
        config.editKiosk("  connectTimeout: 5s\n", "  connectTimeout: 5s\n  setAside:\n"
                + "    afterFailures: 2\n    afterRefusals: 5\n");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "afterRefusals: 5"));
            assertThat(problem.keyPath()).isEqualTo("backend.setAside.afterRefusals");
            assertThat(problem.message()).contains("must not exceed afterFailures (2)");
        });
        config.editKiosk("    afterRefusals: 5\n", "");
        assertThat(config.load().kiosk().backend().setAside().afterRefusals()).isEqualTo(2);
    }

    @Test
    void aMissingTopLevelSectionIsReported() {
        config.editKiosk("backend:\n  url: http://127.0.0.1:18080/\n  connectTimeout: 5s\n", "");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("backend");
            assertThat(problem.message()).startsWith("required key is missing");
        });
    }

    @Test
    void anUnknownDeviceKindListsTheKinds() {
        config.editKiosk("kind: tcp", "kind: seral");

        List<ConfigurationProblem> problems = config.problems();

        // host and port belong to the tcp kind and are not judged without a valid kind
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "kind: seral"));
            assertThat(problem.keyPath()).isEqualTo("devices.receiptPrinter.kind");
            assertThat(problem.message()).isEqualTo("unknown value 'seral' (did you mean 'serial'?); "
                    + "allowed: simulated, serial, tcp, pcsc, escl, folder, ipp, system");
        });
    }

    @Test
    void aKindTheRoleCannotUseListsTheKindsThatFit() {
        config.editKiosk("kind: tcp\n    host: 127.0.0.1\n    port: 9100", "kind: escl\n    url: http://10.0.0.7/eSCL/");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.receiptPrinter.kind");
            assertThat(problem.message()).contains("cannot be of kind 'escl'", "simulated, serial, tcp, system");
        });
    }

    @Test
    void anUnknownDeviceRoleIsSuggested() {
        config.editKiosk("receiptPrinter:", "reciptPrinter:");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.reciptPrinter");
            assertThat(problem.message()).contains("did you mean 'receiptPrinter'?",
                    "idCardReader, receiptPrinter, certificatePrinter, scanner");
        });
    }

    @Test
    void aBaudRateOutsideTheSetListsTheSet() {
        config.editKiosk("kind: tcp\n    host: 127.0.0.1\n    port: 9100", "kind: serial\n    port: /dev/ttyUSB0\n    baud: 9601");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.receiptPrinter.baud");
            assertThat(problem.message()).isEqualTo("expected one of 9600, 19200, 38400, 57600, 115200, got '9601'");
        });
    }

    @Test
    void aDurationWithoutUnitIsRejected() {
        config.editKiosk("inactivity: 60s", "inactivity: 60");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("timeouts.inactivity");
            assertThat(problem.message()).contains("positive duration such as 500ms, 60s, 2m", "got '60'");
        });
    }

    @Test
    void aMalformedPinHashNamesTheFormat() {
        config.editKiosk(ConfigDirectory.PIN_HASH, "246810");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "- 246810"));
            assertThat(problem.keyPath()).isEqualTo("maintenance.technicianPins[0]");
            assertThat(problem.message()).contains(PinHash.FORMAT);
        });
    }

    @Test
    void aRuleOfARecordIsReportedAtItsSection() {
        config.editKiosk("url: http://127.0.0.1:18080/", "url: http://127.0.0.1:18080/api");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("backend");
            assertThat(problem.message()).contains("must end with '/'");
        });
    }

    @Test
    void aDailyLimitForAnUnknownCertificateTypeIsReportedAgainstTheCatalog() {
        config.editKiosk("ZM-HJ: 2", "ZM-HJJ: 2");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "ZM-HJJ: 2"));
            assertThat(problem.keyPath()).isEqualTo("certificates.overrides.ZM-HJJ");
            assertThat(problem.message()).contains("unknown certificate type 'ZM-HJJ'", "did you mean 'ZM-HJ'?");
        });
    }

    @Test
    void aDuplicateKeyPointsToTheFirstOne() {
        config.editKiosk("    port: 9100", "    port: 9100\n    port: 9101");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "port: 9101"));
            assertThat(problem.message()).isEqualTo("duplicate key; first given on line " + lineOf(config.kiosk, "port: 9100"));
        });
    }

    @Test
    void aListWhereAMappingBelongsIsReported() {
        config.editKiosk("timeouts:\n  inactivity: 60s", "timeouts:\n  - 60s");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("timeouts");
            assertThat(problem.message()).isEqualTo("expected a mapping (key: value lines), got a list");
        });
    }

    @Test
    void aYamlSyntaxErrorCarriesItsLine() {
        config.editKiosk("  hallName: {zh-CN: 测试厅, en: Test hall}", "  hallName: {zh-CN: 测试厅, en: Test hall");

        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(config.kioskFile());
            // the parser notices the unclosed brace where the next key starts
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "address: 测试路1号"));
            assertThat(problem.keyPath()).isEmpty();
            assertThat(problem.message()).startsWith("YAML syntax error:");
            assertThat(problem.toString()).startsWith(config.kioskFile() + ":" + problem.line() + ":");
        });
    }

    @Test
    void aMissingFileIsReportedAndTheOtherFileIsStillChecked() throws Exception {
        config.editCatalog("    department: SCJGJ", "    department: NOPE").write();
        Files.delete(config.kioskFile());

        InvalidConfigurationException thrown = assertThrows(InvalidConfigurationException.class,
                () -> new ConfigurationLoader().load(dir));

        assertThat(thrown.problems()).hasSize(2);
        assertThat(thrown.problems().get(0)).hasToString(config.kioskFile() + ": file not found");
        assertThat(thrown.problems().get(1).file()).isEqualTo(config.catalogFile());
        assertThat(thrown.problems().get(1).keyPath()).isEqualTo("matters[0].department");
    }

    @Test
    void everyProblemOfBothFilesIsReportedAtOnceInFileOrder() {
        config.editKiosk("port: 9100", "port: abc")
                .editKiosk("inactivity: 60s", "inactivity: soon")
                .editKiosk("timeouts:", "timeouts:\n  warnng: 20s")
                .editCatalog("    department: SCJGJ", "    department: SCJG")
                .editCatalog("promisedWorkingDays: 3", "promisedWorkingDays: three");

        List<ConfigurationProblem> problems = config.problems();

        assertThat(problems).extracting(ConfigurationProblem::keyPath).containsExactly(
                "timeouts.warnng", "timeouts.inactivity", "devices.receiptPrinter.port",
                "matters[0].department", "matters[2].promisedWorkingDays");
        assertThat(problems).extracting(ConfigurationProblem::file).containsExactly(
                config.kioskFile(), config.kioskFile(), config.kioskFile(), config.catalogFile(), config.catalogFile());
    }

    @Test
    void theExceptionMessageHoldsEveryProblemOnItsOwnLine() {
        config.editKiosk("port: 9100", "port: abc").editKiosk("inactivity: 60s", "inactivity: soon").write();

        InvalidConfigurationException thrown = assertThrows(
                InvalidConfigurationException.class, () -> new ConfigurationLoader().load(dir));

        assertThat(thrown.getMessage().split("\n")).containsExactly(
                config.kioskFile() + ":" + lineOf(config.kiosk, "inactivity") + ":15: timeouts.inactivity: expected "
                        + "a positive duration such as 500ms, 60s, 2m, 1h, 1d or ISO-8601 PT1M, got 'soon'",
                config.kioskFile() + ":" + lineOf(config.kiosk, "port: abc") + ":11: devices.receiptPrinter.port: "
                        + "expected a whole number from 1 to 65535, got 'abc'");
    }

    @Test
    void theMetricsPortIsOffUnlessGivenAndThenChecked() {
        assertThat(config.load().kiosk().health().metricsPort()).isEmpty();

        config.editKiosk("maintenance:", "health:\n  metricsPort: 9464\nmaintenance:");
        assertThat(config.load().kiosk().health().metricsPort()).hasValue(9464);

        config.editKiosk("metricsPort: 9464", "metricsPort: 80");
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "metricsPort: 80"));
            assertThat(problem.keyPath()).isEqualTo("health.metricsPort");
            assertThat(problem.message()).contains("from 1024 to 65535", "'80'");
        });
    }

    @Test
    void aPemTrustStoreNeedsNoPasswordAndRefusesOne() {
        config.editKiosk("url: http://127.0.0.1:18080/", "url: https://127.0.0.1:18080/\n  trustStore: {path: "
                + "../backend-data/kiosk-ca.pem, type: PEM}");
        assertThat(config.load().kiosk().backend().trustStore()).hasValueSatisfying(store -> {
            assertThat(store.type()).isEqualTo(KeyStoreSettings.StoreType.PEM);
            assertThat(store.password()).isEmpty();
            assertThat(store.path()).isEqualTo(dir.resolve("../backend-data/kiosk-ca.pem").toAbsolutePath().normalize());
        });

        config.editKiosk("type: PEM}", "type: PEM, password: {env: TRUST_PASSWORD}}");
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("backend.trustStore");
            assertThat(problem.message()).contains("a PEM trust store has no password");
        });
    }

    @Test
    void theVoiceCommandIsLookedForUnlessGivenAndMustBeOneProgramWithoutOptions() {
        assertThat(config.load().kiosk().voice().command()).isEmpty();

        config.editKiosk("maintenance:", "voice:\n  command: /opt/speech/bin/espeak-ng\nmaintenance:");
        assertThat(config.load().kiosk().voice().command()).hasValue("/opt/speech/bin/espeak-ng");

        config.editKiosk("command: /opt/speech/bin/espeak-ng", "command: espeak-ng -s 120");
        assertThat(config.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(lineOf(config.kiosk, "command: espeak-ng -s 120"));
            assertThat(problem.keyPath()).isEqualTo("voice.command");
            assertThat(problem.message()).contains("without options", "'espeak-ng -s 120'");
        });

        config.editKiosk("command: espeak-ng -s 120", "comand: espeak-ng");
        assertThat(config.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("command"));
    }
}
