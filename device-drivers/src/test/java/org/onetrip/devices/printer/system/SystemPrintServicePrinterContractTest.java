package org.onetrip.devices.printer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;

import org.junit.jupiter.api.AfterEach;

import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.devices.printer.DocumentPrinterContract;
import org.onetrip.devices.printer.PrintJobOutcome;

class SystemPrintServicePrinterContractTest extends DocumentPrinterContract {
    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private StreamPrintService service;
    private SystemPrintServicePrinter printer;

    @Override
    protected DocumentPrinter printer() {
        if (printer == null) {
            service = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(DocFlavor.SERVICE_FORMATTED.PAGEABLE,
                    "application/postscript")[0].getPrintService(postScript);
            printer = new SystemPrintServicePrinter(service, Duration.ofSeconds(10), TODAY);
        }
        return printer;
    }

    @Override
    protected void assertReceivedTheDocument(byte[] pdf, PrintJobOutcome.Completed outcome) {
        // the service renders the PDF: what arrives is the test page as PostScript
        assertThat(postScript.toString(StandardCharsets.ISO_8859_1)).startsWith("%!PS-Adobe").contains("showpage");
    }

    @Override
    protected boolean listsJobs() {
        return false;
    }

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
            service.dispose();
        }
    }
}
