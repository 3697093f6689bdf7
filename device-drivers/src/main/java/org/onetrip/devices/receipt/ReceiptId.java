package org.onetrip.devices.receipt;

/**
 * Identifies one receipt across retries: the same id printed twice is a reprint.
 *
 * @param value 1..64 characters of letters, digits, {@code -}, {@code _} or {@code .}
 */
public record ReceiptId(String value) {
    public ReceiptId {
        if (value == null || !value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("a receipt id is 1..64 of [A-Za-z0-9._-], was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
