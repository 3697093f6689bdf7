package org.onetrip.launcher;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onetrip.devices.codescanner.diag.CodeScannerDiagnosis;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulatorCommand;
import org.onetrip.devices.idcard.diag.IdCardDiagnosis;
import org.onetrip.devices.idcard.sim.IdCardSimulatorCommand;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.printer.diag.CertificatePrinterDiagnosis;
import org.onetrip.devices.printer.sim.CertificatePrinterSimulatorCommand;
import org.onetrip.devices.receipt.diag.ReceiptPrinterDiagnosis;
import org.onetrip.devices.scanner.diag.ScannerDiagnosis;
import org.onetrip.devices.scanner.sim.ScannerSimulatorCommand;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulatorCommand;
import org.onetrip.launcher.DeviceCommands.DeviceCommand;

/** Which devices `./onetrip diag` and `./onetrip sim` know, and how each is started. */
final class DeviceRegistry {

    private DeviceRegistry() {
    }

    static Map<String, DeviceCommand> diagnoses(PrintStream out) {
        Map<String, DeviceCommand> devices = new LinkedHashMap<>();
        devices.put("idcard", args -> IdCardDiagnosis.onThisMachine().run(args, out));
        devices.put("receipt-printer", args -> new ReceiptPrinterDiagnosis(Clock.systemDefaultZone()).run(args, out));
        devices.put("certificate-printer", args -> CertificatePrinterDiagnosis.onThisMachine().run(args, out));
        devices.put("scanner", args -> ScannerDiagnosis.onThisMachine().run(args, out));
        devices.put("code-scanner", args -> new CodeScannerDiagnosis(Clock.systemUTC()).run(args, out));
        return devices;
    }

    static Map<String, DeviceCommand> simulators(PrintStream out) {
        Map<String, DeviceCommand> devices = new LinkedHashMap<>();
        devices.put("idcard", args -> new IdCardSimulatorCommand(IdentityDeck.standard()).run(args, System.in, out));
        devices.put("receipt-printer", args -> new ReceiptPrinterSimulatorCommand().run(args, out));
        devices.put("certificate-printer", args -> new CertificatePrinterSimulatorCommand().run(args, out));
        devices.put("scanner", args -> new ScannerSimulatorCommand().run(args, out));
        devices.put("code-scanner", args -> new CodeScannerSimulatorCommand().run(args, System.in, out));
        return devices;
    }
}
