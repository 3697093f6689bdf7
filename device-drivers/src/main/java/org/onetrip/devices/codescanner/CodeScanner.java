package org.onetrip.devices.codescanner;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;

/**
 * A barcode and QR code scanner (a payment notice's barcode, a phone's payment code), as the
 * kiosk sees it. Every call returns at once; the work runs on the scanner's own thread, one
 * request at a time, and every future completes within its time-out plus about 0.2 s.
 */
public interface CodeScanner extends AutoCloseable {

    /** Opens the port; completes with the status (offline with {@code PORT_MISSING} when it is not there). */
    CompletableFuture<DeviceStatus> start();

    /**
     * Waits for one code for at most {@code timeout} (0.1 s..120 s). Codes shown before the call
     * are dropped, never handed to a later request. In triggered mode the trigger command is sent
     * first and the stop command after a time-out or {@link #cancelRead()}. Never throws for what
     * the scanner does: see {@link CodeRead}.
     *
     * @throws IllegalArgumentException for a time-out outside the range (at once)
     */
    CompletableFuture<CodeRead> readOne(Duration timeout);

    /** Ends a {@link #readOne} under way as {@link CodeRead.NothingScanned} (cancelled), within about 0.2 s. */
    void cancelRead();

    /** The status as last seen, in the common device model. */
    DeviceStatus status();

    /** Called on the scanner's thread on every change of status; never block in it. */
    void addStatusListener(DeviceStatusListener listener);

    ScanMode mode();

    /** Closes the port and the thread; a read under way ends as cancelled. Never throws. */
    @Override
    void close();
}
