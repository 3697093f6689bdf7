package org.onetrip.devices.codescanner.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScannedCode;
import org.onetrip.devices.codescanner.serial.SerialCodeScanner;
import org.onetrip.devices.transport.serial.SerialPortTransport;

class CodeScannerSimulatorCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTypedLineIsACodeShownToTheTriggeredScanner() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typing);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Path link = dir.resolve("ttySCAN");
        CodeScannerSimulatorCommand command = new CodeScannerSimulatorCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command.run(
                new String[] {"--serial-link", link.toString(), "--mode", "triggered"}, in, out));
        command.started().get(10, TimeUnit.SECONDS);

        typing.write("33010026120000000017\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        try (SerialCodeScanner scanner = new SerialCodeScanner("code-scanner",
                new SerialPortTransport(link.toString(), 9600), CodeScannerSettings.triggered(), Clock.systemUTC())) {
            assertThat(scanner.readOne(Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS))
                    .isEqualTo(new CodeRead.Scanned(new ScannedCode("33010026120000000017")));
        }
        typing.close();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("code scanner simulator on " + link);
    }

    @Test
    void withoutALinkItSaysHowToUseIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new CodeScannerSimulatorCommand().run(new String[0], new java.io.ByteArrayInputStream(new byte[0]),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--serial-link PATH is required");
    }
}
