package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** Whether a material is checked as the original, a copy, or both. */
public enum MaterialForm implements ConfigName {
    ORIGINAL("original"),
    COPY("copy"),
    ORIGINAL_AND_COPY("originalAndCopy");

    private final String configName;

    MaterialForm(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
