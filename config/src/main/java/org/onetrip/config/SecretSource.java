package org.onetrip.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a password comes from. Passwords never sit in the configuration files themselves.
 * Written in YAML as {@code {env: VARIABLE}} or {@code {file: path}}.
 */
public sealed interface SecretSource {

    /** Read from an environment variable of the kiosk process. */
    record FromEnvironment(String variable) implements SecretSource {
        public FromEnvironment {
            Objects.requireNonNull(variable, "variable");
            if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable name: " + variable);
            }
        }
    }

    /** Read from the first line of a file readable only by the kiosk user. */
    record FromFile(Path file) implements SecretSource {
        public FromFile {
            Objects.requireNonNull(file, "file");
        }
    }
}
