package org.onetrip.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.devices.printer.system.SystemPrintServicePrinter;

/**
 * Builds the certificate printer a configuration names. A simulated printer is the real IPP
 * driver talking to the IPP printer simulator on loopback, which keeps every PDF it prints
 * under {@code DATA_DIR/certificates}. An IPP printer keeps the kiosk's id as the owner of the
 * kiosk's jobs, so a restarted kiosk finds and cancels the certificate jobs it left queued.
 */
final class CertificatePrinterAssembly implements AutoCloseable {

    static final String DEVICE_NAME = "certificate-printer";
    private static final Duration SYSTEM_JOB_DEADLINE = Duration.ofMinutes(3);

    private final DocumentPrinter printer;
    private final Optional<IppPrinterSimulator> simulator;

    CertificatePrinterAssembly(DeviceSettings device, String kioskId, Path paperTray, Clock clock) {
        DeviceConnection connection = device.connection();
        IppPrinterSettings ipp = IppPrinterSettings.defaults().withUserName(kioskId);
        if (connection instanceof DeviceConnection.Simulated) {
            IppPrinterSimulator started = startSimulator(paperTray.resolve("certificates"));
            simulator = Optional.of(started);
            printer = new IppDocumentPrinter(started.uri(), ipp, clock);
        } else if (connection instanceof DeviceConnection.Ipp network) {
            simulator = Optional.empty();
            printer = new IppDocumentPrinter(network.uri(), ipp, clock);
        } else if (connection instanceof DeviceConnection.SystemPrinter system) {
            simulator = Optional.empty();
            printer = SystemPrintServicePrinter.named(system.printerName(), SYSTEM_JOB_DEADLINE, clock);
        } else {
            throw new IllegalArgumentException("a certificate printer cannot be of kind " + connection.kind().configName());
        }
    }

    DocumentPrinter printer() {
        return printer;
    }

    Optional<IppPrinterSimulator> simulator() {
        return simulator;
    }

    private static IppPrinterSimulator startSimulator(Path output) {
        try {
            return new IppPrinterSimulator(0, Optional.of(output), IppPrinterSimulator.DEFAULT_PRINT_TIME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the certificate printer simulator", e);
        }
    }

    @Override
    public void close() {
        printer.close();
        simulator.ifPresent(IppPrinterSimulator::close);
    }
}
