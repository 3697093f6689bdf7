package org.onetrip.config.devices;

import org.onetrip.config.ConfigName;

/** How the kiosk reaches a device: the {@code kind} key of a device entry. */
public enum DeviceKind implements ConfigName {
    SIMULATED("simulated"),
    SERIAL("serial"),
    TCP("tcp"),
    PCSC("pcsc"),
    ESCL("escl"),
    FOLDER("folder"),
    IPP("ipp"),
    SYSTEM("system");

    private final String configName;

    DeviceKind(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
