package org.onetrip.devices.receipt.diag;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.sim.PrintedReceipt;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.receipt.sim.TcpSimulatorEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diag receipt-printer} against the simulator. */
class ReceiptPrinterDiagnosisTest {
    @TempDir
    Path dir;
    private ReceiptPrinterSimulator sim;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        sim = new ReceiptPrinterSimulator(PaperWidth.MM80, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int diag(String... args) {
        return new ReceiptPrinterDiagnosis(Clock.systemUTC()).run(args, out);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheTestPageOverTcpAndReportsJson() throws Exception {
        TcpSimulatorEndpoint tcp = sim.listenTcp(0);

        int exit = diag("--tcp", "127.0.0.1:" + tcp.port(), "--json");

        assertThat(exit).isZero();
        assertThat(output().trim()).startsWith("{").endsWith("}")
                .contains("\"state\":\"ONLINE\"", "\"reasons\":[]", "\"printed\":true", "\"firmware\":\"SIM 1.4.2\"");
        PrintedReceipt page = sim.awaitReceipt(Duration.ofSeconds(5)).orElseThrow();
        assertThat(page.textLines()).contains("打印机测试页", "PRINTER TEST PAGE");
    }

    @Test
    void printsTheTestPageOverSerial() throws Exception {
        PtySimulatorEndpoint pty = sim.attachPty(Optional.of(dir.resolve("ttyRECEIPT")));

        int exit = diag("--serial", pty.portPath());

        assertThat(exit).isZero();
        assertThat(output()).contains("printed   yes", "state     ONLINE");
    }

    @Test
    void aModelStringWithEscapeBytesIsShownAndPrintedEscaped() throws Exception {
        sim.close();
        sim = new ReceiptPrinterSimulator(PaperWidth.MM80, new ReceiptPrinterSimulator.Settings("TM-T88\u001B@\u0007VI",
                "SIM\u001B!1.4.2", 0, Optional.empty()), Optional.empty());
        TcpSimulatorEndpoint tcp = sim.listenTcp(0);

        int exit = diag("--tcp", "127.0.0.1:" + tcp.port());

        assertThat(exit).isZero();
        assertThat(output()).contains("model     TM-T88\\x1B@\\x07VI, firmware SIM\\x1B!1.4.2")
                .doesNotContain("\u001B").doesNotContain("\u0007");
        PrintedReceipt page = sim.awaitReceipt(Duration.ofSeconds(5)).orElseThrow();
        assertThat(String.join("\n", page.textLines())).contains("TM-T88\\x1B@\\x07VI", "SIM\\x1B!1.4.2");
    }

    @Test
    void exitsNonZeroWhenThePageDidNotPrint() throws Exception {
        TcpSimulatorEndpoint tcp = sim.listenTcp(0);
        sim.openCover();

        int exit = diag("--tcp", "127.0.0.1:" + tcp.port(), "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("\"printed\":false", "\"state\":\"OFFLINE\"", "\"reasons\":[\"COVER_OPEN\"]",
                "\"failure\":\"COVER_OPEN\"");
    }

    @Test
    void exitsNonZeroWhenNothingAnswers() throws Exception {
        TcpSimulatorEndpoint tcp = sim.listenTcp(0);
        int port = tcp.port();
        sim.goOffline();

        int exit = diag("--tcp", "127.0.0.1:" + port, "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("\"printed\":false", "\"state\":\"OFFLINE\"", "\"failure\":\"OFFLINE\"");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(diag()).isEqualTo(2);
        assertThat(output()).contains("give exactly one of --serial PATH or --tcp HOST:PORT", ReceiptPrinterDiagnosis.USAGE);
        assertThat(diag("--tcp", "localhost")).isEqualTo(2);
        assertThat(output()).contains("--tcp needs HOST:PORT, was 'localhost'");
        assertThat(diag("--tcp", "h:1", "--paper", "76")).isEqualTo(2);
        assertThat(output()).contains("paper width must be 58 or 80 mm, was 76");
    }
}
