package org.onetrip.devices.codescanner;

import java.util.Objects;

/**
 * What the scanner read from a barcode or QR code, without prefix and suffix. It may be a
 * payment code (付款码): {@link #toString()} and {@link #masked()} show the first 4 and last 4
 * characters only, and nothing in this library logs the text.
 */
public final class ScannedCode {

    private final String text;

    public ScannedCode(String text) {
        this.text = Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a scanned code is never empty");
        }
    }

    /** The code in full: hand it on, never log or keep it. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The first 4 and last 4 characters, the rest as {@code *}; all {@code *} up to 8 characters. */
    public String masked() {
        int n = text.length();
        if (n <= 8) {
            return "*".repeat(n);
        }
        return text.substring(0, 4) + "*".repeat(n - 8) + text.substring(n - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScannedCode other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
