package org.onetrip.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.KioskSettings;
import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.kiosk.supervision.SupervisedDevice;

/**
 * The devices a configuration names, built and started: the running kiosk's, or a remote
 * diagnosis's (`./onetrip diag`). A simulated device is the real driver talking to its
 * simulator over the device's own kind of transport.
 */
public final class KioskDevices implements AutoCloseable {

    static final String ID_CARD_READER = "idcard";

    private final Optional<IdCardReaderAssembly> idCardReader;
    private final Optional<ReceiptPrinterAssembly> receiptPrinter;
    private final Optional<CertificatePrinterAssembly> certificatePrinter;
    private final Optional<ScannerAssembly> scanner;

    public KioskDevices(KioskSettings kiosk, Path dataDirectory, Clock clock) {
        Path paper = paperOf(dataDirectory);
        this.idCardReader = kiosk.device(DeviceRole.ID_CARD_READER)
                .map(device -> new IdCardReaderAssembly(device, kiosk.timeouts(), clock));
        this.receiptPrinter = kiosk.device(DeviceRole.RECEIPT_PRINTER)
                .map(device -> new ReceiptPrinterAssembly(device, kiosk.timeouts(), dataDirectory, paper, clock));
        this.certificatePrinter = kiosk.device(DeviceRole.CERTIFICATE_PRINTER)
                .map(device -> new CertificatePrinterAssembly(device, kiosk.identity().id(), paper, clock));
        this.scanner = kiosk.device(DeviceRole.SCANNER).map(device -> new ScannerAssembly(device, clock));
    }

    /**
     * Where simulated printers put what they print ({@code receipts/}, {@code certificates/}): the paper a
     * citizen takes away, so beside the kiosk's data directory ({@code <dataDirectory>-paper}), never in it.
     */
    public static Path paperOf(Path dataDirectory) {
        return KioskSettings.besideDataDirectory(dataDirectory, "paper");
    }

    public Optional<DocumentScanner> scanner() {
        return scanner.map(ScannerAssembly::scanner);
    }

    public Optional<IdCardReader> idCardReader() {
        return idCardReader.map(IdCardReaderAssembly::reader);
    }

    public Optional<ReceiptPrinter> receiptPrinter() {
        return receiptPrinter.map(ReceiptPrinterAssembly::printer);
    }

    public Optional<DocumentPrinter> certificatePrinter() {
        return certificatePrinter.map(CertificatePrinterAssembly::printer);
    }

    /** The simulator behind a simulated receipt printer, to rehearse paper running out. */
    public Optional<ReceiptPrinterSimulator> receiptPrinterSimulator() {
        return receiptPrinter.flatMap(ReceiptPrinterAssembly::simulator);
    }

    /** The simulator behind a simulated certificate printer, to rehearse its faults in the demo. */
    public Optional<IppPrinterSimulator> certificatePrinterSimulator() {
        return certificatePrinter.flatMap(CertificatePrinterAssembly::simulator);
    }

    /** The simulator behind a simulated ID card reader, to place and remove cards in the demo. */
    public Optional<EsclScannerSimulator> scannerSimulator() {
        return scanner.flatMap(ScannerAssembly::simulator);
    }

    public Optional<SamReaderSimulator> idCardSimulator() {
        return idCardReader.flatMap(IdCardReaderAssembly::simulator);
    }

    /** Every device, for supervision and self-tests. */
    public List<SupervisedDevice> supervised() {
        List<SupervisedDevice> devices = new ArrayList<>();
        idCardReader().ifPresent(reader -> devices.add(SupervisedDevice.idCardReader(ID_CARD_READER, reader)));
        receiptPrinter().ifPresent(printer ->
                devices.add(SupervisedDevice.receiptPrinter(ReceiptPrinterAssembly.DEVICE_NAME, printer)));
        certificatePrinter().ifPresent(printer -> devices.add(SupervisedDevice.documentPrinter(
                CertificatePrinterAssembly.DEVICE_NAME, DeviceRole.CERTIFICATE_PRINTER, printer)));
        scanner().ifPresent(found -> devices.add(SupervisedDevice.scanner(ScannerAssembly.DEVICE_NAME, found)));
        return devices;
    }

    @Override
    public void close() {
        scanner.ifPresent(ScannerAssembly::close);
        certificatePrinter.ifPresent(CertificatePrinterAssembly::close);
        receiptPrinter.ifPresent(ReceiptPrinterAssembly::close);
        idCardReader.ifPresent(IdCardReaderAssembly::close);
    }
}
