package org.onetrip.devices.receipt;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;

/**
 * A receipt printer, as the kiosk sees it.
 *
 * <p>Every method returns at once; the I/O runs on the printer's own thread, one job at a
 * time in the order asked. A receipt counts as printed only when the printer confirmed
 * every line and the cut: {@link PrintOutcome.Printed} never comes from "the bytes were
 * written". The printer reconnects by itself when its port or connection comes back.
 */
public interface ReceiptPrinter extends AutoCloseable {

    /** The roll the printer is set up for. Does no I/O. */
    PaperWidth paperWidth();

    /**
     * Prints one receipt. While the printer is offline the future is already complete with
     * {@link FailureReason#OFFLINE}; jobs are never kept to print later. A job whose id was
     * sent before (in full or in part) prints with the "补打 REPRINT" banner. The future
     * completes on the printer's thread within the configured progress timeout per line
     * (a few seconds for a 40-line receipt at 115200 baud) and never exceptionally for
     * printer conditions, which are {@link PrintOutcome.Failed}.
     */
    CompletableFuture<PrintOutcome> print(ReceiptJob job);

    /** Asks the printer for its status now (DLE EOT 1..4). Completes within a second or so. */
    CompletableFuture<PrinterStatus> refreshStatus();

    /** The model and firmware reported when the printer was last connected. Does no I/O. */
    PrinterIdentity identity();

    /** The current health in the common model. Does no I/O. */
    DeviceStatus status();

    /** Tells the listener about every status change, on the printer's thread. */
    void addStatusListener(DeviceStatusListener listener);

    /**
     * Counts since start: {@code receiptsPrinted}, {@code reprints}, {@code cuts},
     * {@code linesPrinted}, {@code printFailure.<REASON>} per {@link FailureReason},
     * {@code disconnects}, {@code reconnects}.
     */
    Map<String, Long> counters();

    /** Stops the printer's thread and closes the port. Idempotent. */
    @Override
    void close();
}
