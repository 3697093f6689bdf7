package org.onetrip.config;

/** An enum constant's spelling in the configuration files, e.g. {@code idcard.birthDate}. */
public interface ConfigName {

    /** The exact word written in YAML. */
    String configName();
}
