package org.onetrip.devices.scanner;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * A document scanner (flatbed, sheet feeder, document camera), as the kiosk sees it.
 *
 * <p>Every method returns at once; the I/O runs on the scanner's own thread, one request at a time.
 * Futures and listeners are called on that thread, so they must hand results on and never block.
 *
 * <p>Status uses the common device model: idle is {@code ONLINE}, a running job {@code BUSY}, feeder
 * empty {@code ONLINE} with {@code FEEDER_EMPTY}, jam and cover open {@code HARDWARE_ERROR} with
 * {@code MEDIA_JAM}/{@code COVER_OPEN}, unreachable {@code OFFLINE}.
 */
public interface DocumentScanner extends AutoCloseable {

    /** Asks the scanner what it can do. Fails with {@link ScannerException} when it cannot be asked. */
    CompletableFuture<ScannerCapabilities> capabilities();

    /**
     * Starts a job. The request is checked against the scanner's capabilities first; a scanner that is
     * offline, busy, jammed, open or (for the feeder) empty refuses with that reason and nothing is
     * scanned. Never completes exceptionally for expected situations.
     *
     * @param spool an existing directory the pages are written into, one file per page
     */
    CompletableFuture<ScanStart> start(ScanRequest request, Path spool);

    /** Asks the scanner for its state now and completes with the updated status. */
    CompletableFuture<DeviceStatus> refreshStatus();

    /** Asks the scanner for its identity and state; ok when it answered and reports no fault. */
    CompletableFuture<SelfTestResult> selfTest();

    /** The last known health. Does no I/O. */
    DeviceStatus status();

    /** Tells the listener about every status change, on the scanner's thread. */
    void addStatusListener(DeviceStatusListener listener);

    /** Counts since start: {@code pagesScanned}, {@code jobsStarted}, {@code scanFailure.<REASON>}. */
    Map<String, Long> counters();

    /** Stops the scanner's thread; a running job is cancelled. Idempotent. */
    @Override
    void close();
}
