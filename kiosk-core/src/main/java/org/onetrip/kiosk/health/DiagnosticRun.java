package org.onetrip.kiosk.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.kiosk.supervision.SupervisedDevice;

/**
 * Runs the self-test of every device at once, each bounded by a time-out, headless: what
 * {@code ./onetrip diag} and the maintenance screen's "test all" do.
 */
public final class DiagnosticRun {
    /** Long enough for a printer to wake up and answer; short enough for a remote shell. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final List<SupervisedDevice> devices;
    private final Duration timeout;

    /**
     * @param devices the devices, already started (drivers connect in the background)
     * @param timeout the longest wait for each self-test
     */
    public DiagnosticRun(List<SupervisedDevice> devices, Duration timeout) {
        this.devices = List.copyOf(devices);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** Starts every self-test, then waits for each (at most the time-out each, all running together). Blocks. */
    public DiagnosticReport run() {
        List<CompletableFuture<SelfTestResult>> started = new ArrayList<>();
        List<Long> startNanos = new ArrayList<>();
        for (SupervisedDevice device : devices) {
            startNanos.add(System.nanoTime());
            started.add(start(device));
        }
        List<DiagnosticResult> results = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; i < devices.size(); i++) {
            results.add(await(devices.get(i), started.get(i), startNanos.get(i), deadline));
        }
        return new DiagnosticReport(results);
    }

    /** The self-test of one device. Blocks up to the time-out. */
    public DiagnosticResult runOne(SupervisedDevice device) {
        long start = System.nanoTime();
        return await(device, start(device), start, start + timeout.toNanos());
    }

    private static CompletableFuture<SelfTestResult> start(SupervisedDevice device) {
        try {
            return device.selfTest().get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private DiagnosticResult await(SupervisedDevice device, CompletableFuture<SelfTestResult> future, long startNanos,
            long deadlineNanos) {
        try {
            SelfTestResult result = future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return result(device, result.ok(), result.duration(), result.message(), result.details());
        } catch (TimeoutException e) {
            future.cancel(false);
            return result(device, false, elapsed(startNanos), "no answer within " + timeout.toMillis() + " ms", Map.of());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return result(device, false, elapsed(startNanos), "self-test failed: " + cause.getMessage(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return result(device, false, elapsed(startNanos), "interrupted", Map.of());
        }
    }

    private static DiagnosticResult result(SupervisedDevice device, boolean ok, Duration took, String message,
            Map<String, String> details) {
        DeviceStatus status = device.status().get();
        List<String> reasons = status.reasons().stream().map(Enum::name).sorted().toList();
        return new DiagnosticResult(device.name(), status.state(), reasons, ok, took, message, details);
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
