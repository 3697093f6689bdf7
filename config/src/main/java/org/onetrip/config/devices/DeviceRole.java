package org.onetrip.config.devices;

import java.util.EnumSet;
import java.util.Set;
import org.onetrip.config.ConfigName;

/** What a device does at the kiosk, and which kinds of device can do it. */
public enum DeviceRole implements ConfigName {
    ID_CARD_READER("idCardReader", EnumSet.of(DeviceKind.SIMULATED, DeviceKind.SERIAL, DeviceKind.TCP, DeviceKind.PCSC)),
    RECEIPT_PRINTER("receiptPrinter", EnumSet.of(DeviceKind.SIMULATED, DeviceKind.SERIAL, DeviceKind.TCP, DeviceKind.SYSTEM)),
    CERTIFICATE_PRINTER("certificatePrinter", EnumSet.of(DeviceKind.SIMULATED, DeviceKind.IPP, DeviceKind.SYSTEM)),
    SCANNER("scanner", EnumSet.of(DeviceKind.SIMULATED, DeviceKind.ESCL, DeviceKind.FOLDER));

    private final String configName;
    private final Set<DeviceKind> kinds;

    DeviceRole(String configName, Set<DeviceKind> kinds) {
        this.configName = configName;
        this.kinds = kinds;
    }

    @Override
    public String configName() {
        return configName;
    }

    /** The kinds of device that can fill this role. */
    public Set<DeviceKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
