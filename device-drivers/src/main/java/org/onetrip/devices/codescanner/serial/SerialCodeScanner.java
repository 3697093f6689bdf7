package org.onetrip.devices.codescanner.serial;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScanner;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScanMode;
import org.onetrip.devices.codescanner.ScannedCode;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusChanged;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.TransportClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A code scanner on a serial line (USB-CDC or RS-232), in continuous or triggered mode, with the
 * framing of its {@link CodeScannerSettings}. All I/O runs on the scanner's {@link DeviceThread};
 * a read waits in slices of 0.2 s so that a cancel or a close ends it soon. A port that went away
 * is opened again at the next request. Logs never hold a scanned code.
 */
public final class SerialCodeScanner implements CodeScanner {

    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);
    private static final Duration SLICE = Duration.ofMillis(200);
    private static final Duration SHORTEST = Duration.ofMillis(100);
    private static final Duration LONGEST = Duration.ofSeconds(120);

    private final String name;
    private final ByteStreamTransport transport;
    private final CodeScannerSettings settings;
    private final Clock clock;
    private final DeviceThread thread;
    private final CodeFrameDecoder decoder;
    private final List<DeviceStatusListener> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus status;
    private volatile boolean cancelled;
    private volatile boolean closed;

    /** @param name the technician-facing device name, e.g. {@code code-scanner} */
    public SerialCodeScanner(String name, ByteStreamTransport transport, CodeScannerSettings settings, Clock clock) {
        this.name = name;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
        this.thread = new DeviceThread(name);
        this.decoder = new CodeFrameDecoder(settings.prefix(), settings.suffix(), settings.maxLength());
        this.status = DeviceStatus.of(DeviceState.OFFLINE, clock.instant());
    }

    @Override
    public CompletableFuture<DeviceStatus> start() {
        return thread.submit(() -> {
            ensureOpen();
            return status;
        });
    }

    @Override
    public CompletableFuture<CodeRead> readOne(Duration timeout) {
        if (timeout.compareTo(SHORTEST) < 0 || timeout.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("timeout must be " + SHORTEST + ".." + LONGEST + ", was " + timeout);
        }
        cancelled = false;
        return thread.submit(() -> read(timeout));
    }

    @Override
    public void cancelRead() {
        cancelled = true;
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
        listeners.add(listener);
    }

    @Override
    public ScanMode mode() {
        return settings.mode();
    }

    @Override
    public void close() {
        closed = true;
        cancelled = true;
        thread.close();
        transport.close();
    }

    private CodeRead read(Duration timeout) {
        Instant start = clock.instant();
        if (!ensureOpen()) {
            return new CodeRead.Failed(DeviceReason.PORT_MISSING, "cannot open " + transport.describe());
        }
        boolean triggered = settings.mode() == ScanMode.TRIGGERED;
        try {
            // a code shown before the kiosk asked is never taken for this request
            transport.discardInput();
            decoder.reset();
            if (triggered) {
                transport.write(settings.trigger());
            }
            byte[] buffer = new byte[256];
            Instant deadline = start.plus(timeout);
            while (!cancelled && !closed && clock.instant().isBefore(deadline)) {
                Duration left = Duration.between(clock.instant(), deadline);
                int n = transport.read(buffer, 0, buffer.length, left.compareTo(SLICE) < 0 ? left : SLICE);
                for (CodeFrameDecoder.Frame frame : decoder.feed(buffer, 0, n)) {
                    if (frame instanceof CodeFrameDecoder.Frame.Code code) {
                        stopIfTriggered();
                        update(DeviceState.ONLINE, Set.of(), Optional.empty());
                        return new CodeRead.Scanned(new ScannedCode(code.text()));
                    }
                    String why = ((CodeFrameDecoder.Frame.Malformed) frame).why();
                    log.warn("{}: the scanner sent {}", name, why);
                    update(DeviceState.DEGRADED, Set.of(DeviceReason.PROTOCOL_ERROR), Optional.of(why));
                }
            }
            stopIfTriggered();
            return new CodeRead.NothingScanned(Duration.between(start, clock.instant()), cancelled || closed);
        } catch (TransportClosedException e) {
            lost(e);
            return new CodeRead.Failed(DeviceReason.PORT_MISSING, transport.describe() + " went away");
        } catch (IOException e) {
            lost(e);
            return new CodeRead.Failed(DeviceReason.PORT_MISSING, transport.describe() + ": " + e.getMessage());
        }
    }

    /** Scanners stop by themselves after a good read; the stop command makes sure of it, and ends a read that got nothing. */
    private void stopIfTriggered() throws IOException {
        if (settings.mode() == ScanMode.TRIGGERED && settings.stop().length > 0) {
            transport.write(settings.stop());
        }
    }

    private boolean ensureOpen() {
        if (transport.isOpen()) {
            return true;
        }
        try {
            transport.open();
            update(DeviceState.ONLINE, Set.of(), Optional.empty());
            return true;
        } catch (IOException e) {
            update(DeviceState.OFFLINE, Set.of(DeviceReason.PORT_MISSING), Optional.of(e.getMessage()));
            return false;
        }
    }

    private void lost(IOException e) {
        transport.close();
        update(DeviceState.OFFLINE, Set.of(DeviceReason.PORT_MISSING), Optional.of(String.valueOf(e.getMessage())));
    }

    private void update(DeviceState state, Set<DeviceReason> reasons, Optional<String> error) {
        DeviceStatus next = new DeviceStatus(state, reasons, clock.instant(), error.or(() -> status.lastError()));
        DeviceStatus previous = status;
        if (next.sameConditionAs(previous)) {
            return;
        }
        status = next;
        DeviceStatusChanged event = new DeviceStatusChanged(name, previous, next);
        listeners.forEach(l -> l.statusChanged(event));
    }
}
