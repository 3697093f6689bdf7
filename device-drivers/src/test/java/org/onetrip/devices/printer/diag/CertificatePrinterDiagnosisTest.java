package org.onetrip.devices.printer.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.onetrip.devices.printer.ipp.IppEvePrinterExtension;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;

/** {@code diag certificate-printer} against a real IPP printer (ippeveprinter) on loopback. */
class CertificatePrinterDiagnosisTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final IppEvePrinterExtension ippeve = new IppEvePrinterExtension();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private int run(String... args) {
        CertificatePrinterDiagnosis diagnosis = new CertificatePrinterDiagnosis(CLOCK, IppPrinterSettings.defaults()
                .withPollInterval(Duration.ofMillis(100)).withJobDeadline(Duration.ofSeconds(15))
                .withRequestTimeout(Duration.ofSeconds(2)));
        return diagnosis.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheTestPageAndReportsTheCompletedJobAsJson() throws Exception {
        int exit = run("--ipp", ippeve.uri().toString(), "--json");

        assertThat(exit).as(output()).isEqualTo(CertificatePrinterDiagnosis.PRINTED);
        assertThat(output()).startsWith("{\"printer\":\"" + ippeve.uri() + "\",\"state\":\"ONLINE\",\"reasons\":[]")
                .contains("\"outcome\":\"COMPLETED\"", "\"jobId\":1", "\"jobState\":\"COMPLETED\"");
        Path kept = ippeve.keptDocument(1).orElseThrow();
        try (PDDocument page = Loader.loadPDF(kept.toFile())) {
            assertThat(page.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(page)).contains(TestPage.TITLE, "2026-11-21T10:00", ippeve.uri().toString());
        }
    }

    @Test
    void anEmptyTrayIsReportedWithItsReasonAndANonZeroExit() throws Exception {
        ippeve.setSheetsInTray(0);

        int exit = run("--ipp", ippeve.uri().toString());

        assertThat(exit).isEqualTo(CertificatePrinterDiagnosis.NOT_PRINTED);
        assertThat(output()).contains("state      HARDWARE_ERROR", "reasons    PAPER_OUT", "test page  FAILED",
                "failure  PAPER_OUT");
    }

    @Test
    void anUnreachablePrinterIsOfflineWithANonZeroExit() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        int exit = run("--ipp", "ipp://127.0.0.1:" + port + "/ipp/print", "--json");

        assertThat(exit).isEqualTo(CertificatePrinterDiagnosis.NOT_PRINTED);
        assertThat(output()).contains("\"state\":\"OFFLINE\"", "\"reasons\":[\"PORT_MISSING\"]", "\"failure\":\"PRINTER_OFFLINE\"");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThat(run()).isEqualTo(CertificatePrinterDiagnosis.USAGE);
        assertThat(output()).contains("say which printer: --ipp URI");
        bytes.reset();
        assertThat(run("--ipp", "lpt1")).isEqualTo(CertificatePrinterDiagnosis.USAGE);
        assertThat(output()).contains("--ipp must be a printer URI such as ipp://host:631/ipp/print, was lpt1");
        bytes.reset();
        assertThat(run("--ipp")).isEqualTo(CertificatePrinterDiagnosis.USAGE);
        bytes.reset();
        assertThat(run("--ipp", "ipp://h/p", "--colour")).isEqualTo(CertificatePrinterDiagnosis.USAGE);
        assertThat(output()).contains("unknown option --colour");
    }
}
