package org.onetrip.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A key or trust store file.
 *
 * @param path     the store file; relative paths in YAML resolve against the configuration directory
 * @param type     the store format
 * @param password where the store password comes from
 */
public record KeyStoreSettings(Path path, StoreType type, SecretSource password) {

    /** Key store formats the JDK reads. */
    public enum StoreType implements ConfigName {
        PKCS12("PKCS12"), JKS("JKS");

        private final String configName;

        StoreType(String configName) {
            this.configName = configName;
        }

        @Override
        public String configName() {
            return configName;
        }
    }

    public KeyStoreSettings {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(password, "password");
    }
}
