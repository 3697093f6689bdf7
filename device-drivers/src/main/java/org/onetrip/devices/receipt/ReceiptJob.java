package org.onetrip.devices.receipt;

import java.util.Objects;

import org.onetrip.devices.receipt.layout.ReceiptDocument;

/**
 * One receipt to print. Immutable; validated when made.
 *
 * @param id       stays the same when the same receipt is printed again
 * @param document what to print
 */
public record ReceiptJob(ReceiptId id, ReceiptDocument document) {
    public ReceiptJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
    }
}
