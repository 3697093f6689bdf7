package org.onetrip.devices.idcard;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * An identity card reader, as the kiosk sees it.
 *
 * <p>Every method returns at once; the I/O runs on the reader's own thread, one request at a
 * time, in the order requested. Futures complete on that thread, so callers hand results on
 * rather than block in a callback. The reader (re)opens its port by itself when needed, so a
 * pulled cable shows as {@link ReadFailure#READER_OFFLINE} and heals when the cable is back.
 */
public interface IdCardReader extends AutoCloseable {

    /** What this reader can do. Does no I/O. */
    ReaderCapabilities capabilities();

    /**
     * Reads the card on the reader. Completes within the reader's configured timeouts
     * (about a second for a healthy resident ID reader at 115200 baud). The future never
     * completes exceptionally for expected situations (no card, removed, expired,
     * reader missing, timeout): those are {@link CardRead.Failure} or {@link CardRead.Expired}.
     * A {@link CardRead.Success} always holds a complete, checked record, never part of one.
     */
    CompletableFuture<CardRead> read();

    /**
     * Runs the self-test: the reader and its security module must answer; their identity
     * and firmware, where the protocol reports them, go into the details.
     */
    CompletableFuture<SelfTestResult> selfTest();

    /** The current health. Does no I/O. */
    DeviceStatus status();

    /** Tells the listener about every status change, on the reader's thread. */
    void addStatusListener(DeviceStatusListener listener);

    /**
     * Starts watching for cards placed and removed. The listener is called on the reader's
     * thread; reads requested meanwhile are served between two checks of the watch.
     */
    CardWatch watchCards(Consumer<CardEvent> listener);

    /**
     * Counts since start: {@code cardsRead}, and {@code readFailure.<REASON>} per
     * {@link ReadFailure}, plus reader-specific counts.
     */
    Map<String, Long> counters();

    /** Stops the reader's thread and closes the port. Idempotent. */
    @Override
    void close();
}
