package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.DocumentPrinterContract;
import org.onetrip.devices.printer.PrintJobOutcome;

class IppDocumentPrinterContractTest extends DocumentPrinterContract {
    @RegisterExtension
    static final IppEvePrinterExtension ippeve = new IppEvePrinterExtension();

    private IppDocumentPrinter printer;

    @Override
    protected DocumentPrinter printer() {
        if (printer == null) {
            printer = new IppDocumentPrinter(ippeve.uri(), IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(100)),
                    TODAY);
        }
        return printer;
    }

    @Override
    protected void assertReceivedTheDocument(byte[] pdf, PrintJobOutcome.Completed outcome) throws Exception {
        assertThat(Files.readAllBytes(ippeve.keptDocument(outcome.jobId()).orElseThrow())).isEqualTo(pdf);
    }

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
        }
    }
}
