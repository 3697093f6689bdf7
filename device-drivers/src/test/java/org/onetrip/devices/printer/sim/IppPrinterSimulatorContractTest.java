package org.onetrip.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.DocumentPrinterContract;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;

/** The IPP driver's port contract, held against the simulator as the far end. */
class IppPrinterSimulatorContractTest extends DocumentPrinterContract {
    @TempDir
    Path tray;

    private IppPrinterSimulator simulator;
    private IppDocumentPrinter printer;

    @BeforeEach
    void start() throws Exception {
        simulator = new IppPrinterSimulator(0, Optional.of(tray), Duration.ofMillis(100));
    }

    @Override
    protected DocumentPrinter printer() {
        if (printer == null) {
            printer = new IppDocumentPrinter(simulator.uri(),
                    IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(50)), TODAY);
        }
        return printer;
    }

    @Override
    protected void assertReceivedTheDocument(byte[] pdf, PrintJobOutcome.Completed outcome) throws Exception {
        SimulatedJob job = simulator.jobs().stream().filter(j -> j.jobId() == outcome.jobId()).findFirst().orElseThrow();
        assertThat(Files.readAllBytes(job.printed().orElseThrow())).isEqualTo(pdf);
    }

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        simulator.close();
    }
}
