package org.onetrip.config.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onetrip.config.PageSize;

class DeviceRecordsTest {

    @Test
    void tcpPortsAreFrom1To65535() {
        assertThat(new DeviceConnection.Tcp("10.0.0.5", 65535).port()).isEqualTo(65535);
        assertThatThrownBy(() -> new DeviceConnection.Tcp("10.0.0.5", 0)).hasMessageContaining("from 1 to 65535");
    }

    @Test
    void serialBaudRatesComeFromTheSet() {
        assertThatThrownBy(() -> new DeviceConnection.Serial("/dev/ttyS0", 14400))
                .hasMessageContaining("9600, 19200, 38400, 57600, 115200");
    }

    @Test
    void aRoleTakesOnlyTheKindsThatCanFillIt() {
        assertThatThrownBy(() -> new DeviceSettings(DeviceRole.RECEIPT_PRINTER,
                new DeviceConnection.Pcsc(Optional.empty(), CardProfile.BELGIAN_EID),
                new RoleOptions.ReceiptPrinterOptions(80))).hasMessageContaining("cannot be of kind pcsc");
        assertThat(DeviceRole.SCANNER.kinds()).containsExactlyInAnyOrder(DeviceKind.SIMULATED, DeviceKind.ESCL, DeviceKind.FOLDER);
    }

    @Test
    void roleOptionsMustFitTheRole() {
        assertThatThrownBy(() -> new DeviceSettings(DeviceRole.SCANNER,
                new DeviceConnection.Simulated("default", Map.of()),
                new RoleOptions.CertificatePrinterOptions(PageSize.A4, false))).hasMessageContaining("do not fit a scanner");
    }

    @Test
    void receiptPaperIs58Or80Millimetres() {
        assertThatThrownBy(() -> new RoleOptions.ReceiptPrinterOptions(76)).hasMessageContaining("58 or 80 mm");
    }
}
