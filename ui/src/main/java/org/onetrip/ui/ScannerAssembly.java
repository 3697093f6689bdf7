package org.onetrip.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.config.devices.RoleOptions;
import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.folder.FolderScanner;
import org.onetrip.devices.scanner.folder.FolderSettings;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;

/**
 * Builds the scanner a configuration names. A simulated scanner is the real eSCL driver talking
 * to the eSCL scanner simulator on loopback HTTP.
 */
final class ScannerAssembly implements AutoCloseable {

    static final String DEVICE_NAME = "scanner";

    private final DocumentScanner scanner;
    private final Optional<EsclScannerSimulator> simulator;

    ScannerAssembly(DeviceSettings device, Clock clock) {
        int dpi = ((RoleOptions.ScannerOptions) device.options()).resolutionDpi();
        DeviceConnection connection = device.connection();
        if (connection instanceof DeviceConnection.Simulated) {
            EsclScannerSimulator started = startSimulator();
            simulator = Optional.of(started);
            scanner = new EsclScanner(started.url(), EsclSettings.defaults(), clock);
        } else if (connection instanceof DeviceConnection.Escl escl) {
            simulator = Optional.empty();
            scanner = new EsclScanner(escl.url(), EsclSettings.defaults(), clock);
        } else if (connection instanceof DeviceConnection.Folder folder) {
            simulator = Optional.empty();
            // a camera writes a page in well under a second; a citizen takes longer to turn one
            scanner = new FolderScanner(folder.directory(),
                    new FolderSettings(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(15), dpi), clock);
        } else {
            throw new IllegalArgumentException("a scanner cannot be of kind " + connection.kind().configName());
        }
    }

    DocumentScanner scanner() {
        return scanner;
    }

    /** The simulator behind a simulated scanner, to load its feeder. */
    Optional<EsclScannerSimulator> simulator() {
        return simulator;
    }

    private static EsclScannerSimulator startSimulator() {
        try {
            return EsclScannerSimulator.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scanner simulator", e);
        }
    }

    @Override
    public void close() {
        scanner.close();
        simulator.ifPresent(EsclScannerSimulator::close);
    }
}
