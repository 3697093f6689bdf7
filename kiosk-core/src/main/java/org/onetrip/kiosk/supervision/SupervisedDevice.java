package org.onetrip.kiosk.supervision;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.receipt.PrinterStatus;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;

/**
 * One device as supervision sees it, whatever its port: its health, a way to hear of changes,
 * a self-test, its counters and a probe that makes the driver look at the device again.
 *
 * <p>Every function must return at once (the ports' methods do: their I/O runs on the device's
 * own thread).
 *
 * @param name      technician-facing name, e.g. {@code idcard}, {@code receipt-printer}; also the
 *                  prefix of its persisted counters and its label in metrics
 * @param role      what it does at the kiosk
 * @param status    the current health; does no I/O
 * @param listen    registers a listener for status changes (called on the device's thread)
 * @param selfTest  starts the self-test
 * @param counters  counts since the driver started
 * @param probe     asks the device for its state now; the new state arrives as a status change
 */
public record SupervisedDevice(String name, DeviceRole role, Supplier<DeviceStatus> status,
        Consumer<DeviceStatusListener> listen, Supplier<CompletableFuture<SelfTestResult>> selfTest,
        Supplier<Map<String, Long>> counters, Supplier<CompletableFuture<?>> probe) {

    public SupervisedDevice {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("device name must be 1 to 40 of a-z 0-9 -, starting with a letter, got '" + name + "'");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(selfTest, "selfTest");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(probe, "probe");
    }

    /** An ID card reader; its self-test (reader and security module answer) is also its probe. */
    public static SupervisedDevice idCardReader(String name, IdCardReader reader) {
        return new SupervisedDevice(name, DeviceRole.ID_CARD_READER, reader::status, reader::addStatusListener,
                reader::selfTest, reader::counters, reader::selfTest);
    }

    /**
     * A receipt printer. Its port has no self-test, so the self-test asks the printer for its
     * status ({@code DLE EOT}) and passes when the printer answers ready to print.
     */
    public static SupervisedDevice receiptPrinter(String name, ReceiptPrinter printer) {
        Supplier<CompletableFuture<SelfTestResult>> selfTest = () -> {
            long started = System.nanoTime();
            return printer.refreshStatus().thenApply(answer -> receiptSelfTest(printer, answer, started));
        };
        return new SupervisedDevice(name, DeviceRole.RECEIPT_PRINTER, printer::status, printer::addStatusListener,
                selfTest, printer::counters, printer::refreshStatus);
    }

    /** A document printer in a role (the certificate printer). */
    public static SupervisedDevice documentPrinter(String name, DeviceRole role, DocumentPrinter printer) {
        return new SupervisedDevice(name, role, printer::status, printer::addStatusListener, printer::selfTest,
                printer::counters, printer::refreshStatus);
    }

    /** A document scanner or camera. */
    public static SupervisedDevice scanner(String name, DocumentScanner scanner) {
        return new SupervisedDevice(name, DeviceRole.SCANNER, scanner::status, scanner::addStatusListener,
                scanner::selfTest, scanner::counters, scanner::refreshStatus);
    }

    private static SelfTestResult receiptSelfTest(ReceiptPrinter printer, PrinterStatus answer, long startedNanos) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("model", printer.identity().model());
        details.put("firmware", printer.identity().firmware());
        details.put("conditions", answer.conditions().toString());
        String message = answer.readyToPrint() ? "printer answers ready" : "printer not ready: " + answer.conditions();
        return new SelfTestResult(answer.readyToPrint(), details, Duration.ofNanos(System.nanoTime() - startedNanos), message);
    }
}
