package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** Where a form field's first value comes from; the citizen may still change it unless it is the ID number. */
public enum PrefillSource implements ConfigName {
    NONE("none"),
    ID_CARD_NAME("idcard.name"),
    ID_CARD_SEX("idcard.sex"),
    ID_CARD_BIRTH_DATE("idcard.birthDate"),
    ID_CARD_ADDRESS("idcard.address"),
    ID_CARD_ID_NUMBER("idcard.idNumber"),
    ID_CARD_NATION("idcard.nation");

    private final String configName;

    PrefillSource(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
