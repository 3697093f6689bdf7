package org.onetrip.config.devices;

import org.onetrip.config.ConfigName;

/** An identity field a {@link TlvLayout} gives a tag to. */
public enum TlvField implements ConfigName {
    NAME("name"),
    SEX("sex"),
    NATION("nation"),
    BIRTH_DATE("birthDate"),
    ADDRESS("address"),
    ID_NUMBER("idNumber"),
    AUTHORITY("authority"),
    VALID_FROM("validFrom"),
    /** The only optional field: a card without it is valid long-term. */
    VALID_TO("validTo");

    private final String configName;

    TlvField(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
