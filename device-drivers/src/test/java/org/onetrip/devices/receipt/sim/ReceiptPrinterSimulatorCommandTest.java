package org.onetrip.devices.receipt.sim;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.receipt.escpos.EscPosEncoder;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.PaperWidth;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sim receipt-printer}: runs until stopped and leaves a PNG per receipt. */
class ReceiptPrinterSimulatorCommandTest {
    @TempDir
    Path dir;

    @Test
    void runsAloneAndWritesReceiptsAsPng() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        ReceiptPrinterSimulatorCommand command = new ReceiptPrinterSimulatorCommand();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        String[] args = {"--tcp", String.valueOf(port), "--out", dir.toString(), "--paper", "58"};
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> command.run(args, new PrintStream(text, true, StandardCharsets.UTF_8)));
        ReceiptPrinterSimulator sim = command.started().get(10, TimeUnit.SECONDS);

        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(new EscPosEncoder(PaperWidth.MM58).initialize().line("hello").cut(CutMode.FULL).build().bytes());
            s.getOutputStream().flush();
            assertThat(sim.awaitReceipt(Duration.ofSeconds(10))).isPresent();
        }
        command.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("127.0.0.1:" + port, "58 mm");
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("receipt-0001.png");
    }

    @Test
    void usageErrorExitsWithTwo() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int exit = new ReceiptPrinterSimulatorCommand().run(new String[] {"--tcp", "x"}, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("--tcp must be a number, was 'x'", ReceiptPrinterSimulatorCommand.USAGE);
    }
}
