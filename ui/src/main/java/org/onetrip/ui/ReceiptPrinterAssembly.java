package org.onetrip.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.onetrip.config.Timeouts;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.config.devices.RoleOptions;
import org.onetrip.devices.receipt.FileReceiptJournal;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptImageRenderer;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.devices.transport.tcp.TcpTransport;

/**
 * Builds the receipt printer a configuration names. A simulated printer is the real ESC/POS
 * driver talking to the printer simulator over a pseudo-terminal; the simulator saves every
 * receipt it cuts as a PNG under {@code DATA_DIR/receipts}, so anyone can see what was printed.
 */
final class ReceiptPrinterAssembly implements AutoCloseable {

    static final String DEVICE_NAME = "receipt-printer";
    private static final int SIMULATED_BAUD = 115_200;

    private final FileReceiptJournal journal;
    private final EscPosReceiptPrinter printer;
    private final Optional<ReceiptPrinterSimulator> simulator;

    ReceiptPrinterAssembly(DeviceSettings device, Timeouts timeouts, Path dataDirectory, Path paperTray, Clock clock) {
        PaperWidth paper = ((RoleOptions.ReceiptPrinterOptions) device.options()).paperWidthMm() == 58
                ? PaperWidth.MM58 : PaperWidth.MM80;
        DeviceConnection connection = device.connection();
        ByteStreamTransport transport;
        if (connection instanceof DeviceConnection.Simulated) {
            ReceiptPrinterSimulator started = startSimulator(paper, paperTray.resolve("receipts"));
            simulator = Optional.of(started);
            transport = new SerialPortTransport(attach(started).portPath(), SIMULATED_BAUD);
        } else if (connection instanceof DeviceConnection.Serial serial) {
            simulator = Optional.empty();
            transport = new SerialPortTransport(serial.portPath(), serial.baud());
        } else if (connection instanceof DeviceConnection.Tcp tcp) {
            simulator = Optional.empty();
            transport = new TcpTransport(tcp.host(), tcp.port(), timeouts.deviceCommand());
        } else {
            // a spooler cannot answer status requests, and a receipt must not count as printed blindly
            throw new IllegalArgumentException("a receipt printer must be reached over serial or tcp to report "
                    + "its paper and cover; kind " + connection.kind().configName() + " cannot");
        }
        journal = new FileReceiptJournal(dataDirectory.resolve("receipt-journal"));
        printer = new EscPosReceiptPrinter(DEVICE_NAME, transport, PrinterSettings.defaults(paper), journal, clock);
        printer.start();
    }

    ReceiptPrinter printer() {
        return printer;
    }

    Optional<ReceiptPrinterSimulator> simulator() {
        return simulator;
    }

    private static ReceiptPrinterSimulator startSimulator(PaperWidth paper, Path receipts) {
        ReceiptPrinterSimulator.Settings defaults = ReceiptPrinterSimulator.Settings.defaults();
        return new ReceiptPrinterSimulator(paper,
                new ReceiptPrinterSimulator.Settings(defaults.model(), defaults.firmware(), SIMULATED_BAUD, Optional.of(receipts)),
                Optional.of(ReceiptImageRenderer.withCjkFont(ReceiptImageRenderer.WQY_ZEN_HEI)));
    }

    private static PtySimulatorEndpoint attach(ReceiptPrinterSimulator simulator) {
        try {
            return simulator.attachPty(Optional.empty());
        } catch (IOException e) {
            simulator.close();
            throw new UncheckedIOException("cannot attach the receipt printer simulator to a pseudo-terminal", e);
        }
    }

    @Override
    public void close() {
        printer.close();
        journal.close();
        simulator.ifPresent(ReceiptPrinterSimulator::close);
    }
}
