package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** What kind of answer a form field takes; decides the keyboard and the built-in checks. */
public enum FieldType implements ConfigName {
    TEXT("text"),
    NUMBER("number"),
    DATE("date"),
    PHONE("phone"),
    ID_NUMBER("idNumber"),
    EMAIL("email"),
    CHOICE("choice"),
    ADDRESS("address"),
    POSTCODE("postcode");

    private final String configName;

    FieldType(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
