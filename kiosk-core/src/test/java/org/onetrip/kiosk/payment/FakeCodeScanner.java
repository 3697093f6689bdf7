package org.onetrip.kiosk.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScanner;
import org.onetrip.devices.codescanner.ScanMode;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;

/** A code scanner that answers each read with what the test put in front of it. */
final class FakeCodeScanner implements CodeScanner {

    private volatile CodeRead next = new CodeRead.NothingScanned(Duration.ofSeconds(60), false);
    private volatile boolean cancelled;

    void willRead(CodeRead read) {
        next = read;
    }

    boolean cancelled() {
        return cancelled;
    }

    @Override
    public CompletableFuture<DeviceStatus> start() {
        return CompletableFuture.completedFuture(status());
    }

    @Override
    public CompletableFuture<CodeRead> readOne(Duration timeout) {
        return CompletableFuture.completedFuture(next);
    }

    @Override
    public void cancelRead() {
        cancelled = true;
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.of(DeviceState.ONLINE, Instant.EPOCH);
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
    }

    @Override
    public ScanMode mode() {
        return ScanMode.CONTINUOUS;
    }

    @Override
    public void close() {
    }
}
