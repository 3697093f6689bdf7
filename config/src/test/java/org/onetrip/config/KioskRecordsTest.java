package org.onetrip.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.config.devices.RoleOptions;

/** Kiosk settings can be built in code, and refuse what cannot work. */
class KioskRecordsTest {

    private static final PinHash PIN = PinHash.parse(ConfigDirectory.PIN_HASH);

    @Test
    void aKioskIsBuiltInCodeWithTheDefaults() {
        DeviceSettings printer = new DeviceSettings(DeviceRole.RECEIPT_PRINTER,
                new DeviceConnection.Simulated("default", Map.of()), new RoleOptions.ReceiptPrinterOptions(58));
        KioskSettings kiosk = new KioskSettings(
                new KioskIdentity("SZ-NS-0002", new LocalizedText("测试厅", "Test hall"), "测试路1号"),
                LocaleSettings.DEFAULT, Timeouts.DEFAULT, Path.of("/tmp/onetrip"), List.of(printer),
                BackendSettings.at(URI.create("http://127.0.0.1:18080/")),
                new MaintenanceSettings(List.of(PIN), 5, MaintenanceSettings.DEFAULT_LOCKOUT, List.of()),
                CertificateLimits.DEFAULT);

        assertThat(kiosk.device(DeviceRole.RECEIPT_PRINTER)).contains(printer);
        assertThat(kiosk.device(DeviceRole.SCANNER)).isEmpty();
        assertThat(kiosk.timeouts().inactivity()).isEqualTo(Duration.ofSeconds(60));
        assertThat(kiosk.timeouts().warning()).isEqualTo(Duration.ofSeconds(20));
        assertThat(kiosk.voice()).isEqualTo(VoiceSettings.DEFAULT);
    }

    @Test
    void aVoiceCommandIsOneProgramNotAShellLine() {
        assertThat(new VoiceSettings(java.util.Optional.of("/usr/bin/espeak-ng")).command()).hasValue("/usr/bin/espeak-ng");
        for (String bad : List.of("espeak-ng -v en", "-w", "espeak-ng;reboot", "", "bin/espeak-ng")) {
            assertThatThrownBy(() -> new VoiceSettings(java.util.Optional.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("without options").hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void twoDevicesCannotShareARole() {
        DeviceSettings printer = new DeviceSettings(DeviceRole.RECEIPT_PRINTER,
                new DeviceConnection.Simulated("default", Map.of()), new RoleOptions.ReceiptPrinterOptions(80));

        assertThatThrownBy(() -> new KioskSettings(
                new KioskIdentity("SZ-NS-0002", new LocalizedText("测试厅", "Test hall"), "测试路1号"),
                LocaleSettings.DEFAULT, Timeouts.DEFAULT, Path.of("/tmp"), List.of(printer, printer),
                BackendSettings.at(URI.create("http://127.0.0.1:18080/")),
                new MaintenanceSettings(List.of(PIN), 5, Duration.ofMinutes(1), List.of()), CertificateLimits.DEFAULT))
                .hasMessageContaining("two devices for role receiptPrinter");
    }

    @Test
    void timeoutsArePositive() {
        assertThatThrownBy(() -> new Timeouts(Duration.ZERO, Duration.ofSeconds(20), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1))).hasMessageContaining("inactivity must be positive");
    }

    @Test
    void theDefaultLocaleMustBeOffered() {
        assertThatThrownBy(() -> new LocaleSettings(Locale.forLanguageTag("en"), List.of(Locale.forLanguageTag("zh-CN"))))
                .hasMessageContaining("not among the available");
        assertThatThrownBy(() -> new LocaleSettings(Locale.FRENCH, List.of(Locale.FRENCH)))
                .hasMessageContaining("supported: zh-CN, en");
    }

    @Test
    void aBackendUrlEndsWithASlash() {
        assertThatThrownBy(() -> BackendSettings.at(URI.create("http://127.0.0.1:18080/api")))
                .hasMessageContaining("must end with '/'");
        assertThatThrownBy(() -> BackendSettings.at(URI.create("ftp://127.0.0.1/"))).hasMessageContaining("http or https");
    }

    @Test
    void maintenanceNeedsAPinAndABoundedAttemptCount() {
        assertThatThrownBy(() -> new MaintenanceSettings(List.of(), 5, Duration.ofMinutes(1), List.of()))
                .hasMessageContaining("at least one technician PIN");
        assertThatThrownBy(() -> new MaintenanceSettings(List.of(PIN), 0, Duration.ofMinutes(1), List.of()))
                .hasMessageContaining("from 1 to 20");
    }

    @Test
    void aProblemPrintsAsFileLineColumnKeyPathMessage() {
        Path file = Path.of("conf", "kiosk.yaml");

        assertThat(new ConfigurationProblem(file, 12, 11, "devices.receiptPrinter.port", "expected a whole number"))
                .hasToString(file + ":12:11: devices.receiptPrinter.port: expected a whole number");
        assertThat(new ConfigurationProblem(file, 0, 0, "", "file not found")).hasToString(file + ": file not found");
    }
}
