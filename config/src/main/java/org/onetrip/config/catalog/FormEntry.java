package org.onetrip.config.catalog;

/** A catalog field as it appears in one matter's form. */
public record FormEntry(String field, boolean required) {

    public FormEntry {
        Codes.require(field, "field code");
    }
}
