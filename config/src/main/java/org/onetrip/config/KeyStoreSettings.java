package org.onetrip.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A key or trust store file.
 *
 * @param path     the store file; relative paths in YAML resolve against the configuration directory
 * @param type     the store format
 * @param password where the store password comes from; required for PKCS12 and JKS, none for PEM
 */
public record KeyStoreSettings(Path path, StoreType type, Optional<SecretSource> password) {

    /** Store formats the kiosk reads. */
    public enum StoreType implements ConfigName {
        PKCS12("PKCS12"), JKS("JKS"),
        /** One or more PEM certificates to trust, e.g. the approval system's kiosk authority; no password. */
        PEM("PEM");

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
        if (type == StoreType.PEM && password.isPresent()) {
            throw new IllegalArgumentException("a PEM trust store has no password");
        }
        if (type != StoreType.PEM && password.isEmpty()) {
            throw new IllegalArgumentException("a " + type.configName() + " store needs a password");
        }
    }

    /** A PKCS12 or JKS store and where its password comes from. */
    public KeyStoreSettings(Path path, StoreType type, SecretSource password) {
        this(path, type, Optional.of(password));
    }

    /** PEM certificates to trust, e.g. {@code kiosk-ca.pem} of the approval system. */
    public static KeyStoreSettings pem(Path path) {
        return new KeyStoreSettings(path, StoreType.PEM, Optional.empty());
    }
}
