package org.onetrip.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong in a configuration file, pointing at the place to fix it.
 *
 * @param file    the file that holds the mistake
 * @param line    1-based line of the offending key or value; 0 when the problem concerns the
 *                whole file (for example a missing file)
 * @param column  1-based column; 0 together with line 0
 * @param keyPath dotted path of the key, with list indexes in brackets, e.g.
 *                {@code devices.receiptPrinter.port} or {@code matters[3].department};
 *                empty for problems of the file itself (YAML syntax)
 * @param message what is wrong and what is allowed
 */
public record ConfigurationProblem(Path file, int line, int column, String keyPath, String message) {

    public ConfigurationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(keyPath, "keyPath");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** {@code FILE:LINE:COLUMN: key.path: message}; position and key path left out when unknown. */
    @Override
    public String toString() {
        return describe("");
    }

    /** {@code FILE:LINE:COLUMN: warning: key.path: message}, as compilers write warnings. */
    public String asWarning() {
        return describe("warning: ");
    }

    private String describe(String label) {
        StringBuilder text = new StringBuilder(file.toString());
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ").append(label);
        if (!keyPath.isEmpty()) {
            text.append(keyPath).append(": ");
        }
        return text.append(message).toString();
    }
}
