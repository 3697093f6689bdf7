package org.onetrip.config.devices;

import org.onetrip.config.ConfigName;

/** Which card application a PC/SC reader talks to. */
public enum CardProfile implements ConfigName {
    /** The resident ID card, read through the reader's security module. */
    RESIDENT_ID("resident-id"),
    /** The kiosk's own test applet, for bench tests with a programmable card. */
    TEST_APPLET("test-applet");

    private final String configName;

    CardProfile(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
