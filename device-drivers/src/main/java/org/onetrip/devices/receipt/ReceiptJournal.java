package org.onetrip.devices.receipt;

/**
 * Remembers which receipts were sent to the printer, at least in part, so a second print of
 * the same receipt is marked as a reprint. Implementations may persist; calls come from the
 * printer's thread.
 */
public interface ReceiptJournal {

    /** Whether any byte of this receipt was sent before. */
    boolean wasSent(ReceiptId id);

    /** Records that bytes of this receipt are about to be sent. */
    void markSent(ReceiptId id);
}
