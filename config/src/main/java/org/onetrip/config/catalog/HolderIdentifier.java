package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** What identifies the holder a certificate is issued for. */
public enum HolderIdentifier implements ConfigName {
    /** The citizen's resident ID number, read from the card. */
    ID_NUMBER("idNumber"),
    /** An enterprise's unified social credit code, asked after the legal representative's card is read. */
    CREDIT_CODE("creditCode");

    private final String configName;

    HolderIdentifier(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
