package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** How much of the holder's identity a printed certificate shows. */
public enum HolderMasking implements ConfigName {
    NONE("none"),
    /** The ID number with the middle digits replaced, e.g. 1101**********1239. */
    MASK_ID("mask-id"),
    /** The ID number masked and the given name replaced, e.g. 张*. */
    MASK_NAME_AND_ID("mask-name-and-id");

    private final String configName;

    HolderMasking(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
