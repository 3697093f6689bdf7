package org.onetrip.config.devices;

import org.onetrip.config.ConfigName;

/** Which identity card application a PC/SC reader talks to. */
public enum CardProfile implements ConfigName {
    /** The Belgian eID: the BELPIC application's identity, address and photo files. */
    BELGIAN_EID("belgian-eid"),
    /** A card keeping its identity fields as TLV in one file, laid out as {@link TlvLayout} says. */
    GENERIC_TLV("generic-tlv");

    private final String configName;

    CardProfile(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
