package org.onetrip.devices.codescanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScannedCode;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulator;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.transport.serial.SerialPortTransport;

/** The driver over jSerialComm on the slave side of a pseudo-terminal, the simulator on the master. */
class SerialCodeScannerTest {

    private static final String PAYMENT_CODE = "134567890123456789";
    private static final long WAIT = 20;

    @TempDir
    Path dir;

    private CodeScannerSimulator sim;
    private SerialCodeScanner scanner;

    private void start(CodeScannerSettings settings) throws Exception {
        sim = new CodeScannerSimulator(settings, Optional.of(dir.resolve("ttySCAN")));
        scanner = new SerialCodeScanner("code-scanner", new SerialPortTransport(sim.portPath(), 9600), settings,
                Clock.systemUTC());
        assertThat(scanner.start().get(WAIT, TimeUnit.SECONDS).state()).isEqualTo(DeviceState.ONLINE);
    }

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void continuousModeReadsTheCodeHeldInFrontOfIt() throws Exception {
        start(CodeScannerSettings.continuous());
        sim.hold(PAYMENT_CODE);

        CodeRead read = scanner.readOne(Duration.ofSeconds(10)).get(WAIT, TimeUnit.SECONDS);

        assertThat(read).isEqualTo(new CodeRead.Scanned(new ScannedCode(PAYMENT_CODE)));
        assertThat(((CodeRead.Scanned) read).code().toString()).isEqualTo("1345**********6789");
    }

    @Test
    void aCodeShownBeforeTheKioskAskedIsNeverTaken() throws Exception {
        start(CodeScannerSettings.continuous());
        sim.present("OLD-CODE-SHOWN-EARLIER"); // in the line's buffer once present returns
        CompletableFuture<CodeRead> read = scanner.readOne(Duration.ofSeconds(10));
        sim.hold(PAYMENT_CODE);

        assertThat(read.get(WAIT, TimeUnit.SECONDS)).isEqualTo(new CodeRead.Scanned(new ScannedCode(PAYMENT_CODE)));
    }

    @Test
    void triggeredModeSendsTheTriggerThenTheStopCommand() throws Exception {
        start(CodeScannerSettings.triggered());
        sim.present(PAYMENT_CODE);

        CodeRead read = scanner.readOne(Duration.ofSeconds(10)).get(WAIT, TimeUnit.SECONDS);

        assertThat(read).isEqualTo(new CodeRead.Scanned(new ScannedCode(PAYMENT_CODE)));
        assertThat(sim.triggers()).isEqualTo(1);
        awaitStops(1);
    }

    @Test
    void aTriggeredReadThatGetsNothingTimesOutAndStopsTheScanner() throws Exception {
        start(CodeScannerSettings.triggered());

        CodeRead read = scanner.readOne(Duration.ofMillis(600)).get(WAIT, TimeUnit.SECONDS);

        assertThat(read).isInstanceOf(CodeRead.NothingScanned.class);
        assertThat(((CodeRead.NothingScanned) read).cancelled()).isFalse();
        awaitStops(1);
    }

    @Test
    void aCancelEndsTheReadSoon() throws Exception {
        start(CodeScannerSettings.triggered());
        CompletableFuture<CodeRead> read = scanner.readOne(Duration.ofSeconds(60));
        while (sim.triggers() == 0) {
            Thread.onSpinWait();
        }

        scanner.cancelRead();

        CodeRead ended = read.get(WAIT, TimeUnit.SECONDS);
        assertThat(ended).isInstanceOf(CodeRead.NothingScanned.class);
        assertThat(((CodeRead.NothingScanned) ended).cancelled()).isTrue();
    }

    @Test
    void configuredPrefixSuffixAndCommandsAreUsed() throws Exception {
        CodeScannerSettings settings = CodeScannerSettings.triggered()
                .withFraming(CodeScannerSettings.parseBytes("\\x02"), CodeScannerSettings.parseBytes("\\x03\\r\\n"))
                .withCommands(CodeScannerSettings.parseBytes("\\x7E\\x00\\x08\\x01\\x00\\x02\\x01\\xAB\\xCD"),
                        CodeScannerSettings.parseBytes("\\x7E\\x00\\x08\\x01\\x00\\x02\\x00\\xAB\\xCD"));
        start(settings);
        sim.present("33010026120000000017");

        assertThat(scanner.readOne(Duration.ofSeconds(10)).get(WAIT, TimeUnit.SECONDS))
                .isEqualTo(new CodeRead.Scanned(new ScannedCode("33010026120000000017")));
        assertThat(sim.triggers()).isEqualTo(1);
    }

    @Test
    void garbageOnTheLineDegradesTheScannerAndTheNextCodeIsReadAllTheSame() throws Exception {
        start(CodeScannerSettings.triggered());
        sim.presentRaw(new byte[] {0x1b, 0x07, (byte) 0xff, '\r'});
        sim.present(PAYMENT_CODE);

        assertThat(scanner.readOne(Duration.ofSeconds(10)).get(WAIT, TimeUnit.SECONDS))
                .isInstanceOf(CodeRead.Scanned.class);
        assertThat(scanner.status().lastError()).hasValueSatisfying(e -> assertThat(e).contains("not UTF-8"));
    }

    @Test
    void anUnpluggedScannerIsOfflineAndComesBackWhenPluggedIn() throws Exception {
        start(CodeScannerSettings.continuous());
        sim.unplug();

        CodeRead read = scanner.readOne(Duration.ofSeconds(2)).get(WAIT, TimeUnit.SECONDS);

        assertThat(read).isInstanceOfSatisfying(CodeRead.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(DeviceReason.PORT_MISSING));
        assertThat(scanner.status().state()).isEqualTo(DeviceState.OFFLINE);

        sim.plugIn();
        sim.hold(PAYMENT_CODE);
        assertThat(scanner.readOne(Duration.ofSeconds(10)).get(WAIT, TimeUnit.SECONDS))
                .isInstanceOf(CodeRead.Scanned.class);
        assertThat(scanner.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void settingsBytesAreWrittenAndReadWithEscapes() {
        byte[] bytes = CodeScannerSettings.parseBytes("\\x16T\\r");
        assertThat(bytes).containsExactly(0x16, 'T', '\r');
        assertThat(CodeScannerSettings.writeBytes(bytes)).isEqualTo("\\x16T\\r");
        assertThat(new String(CodeScannerSettings.parseBytes("AB"), StandardCharsets.US_ASCII)).isEqualTo("AB");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CodeScannerSettings.parseBytes("\\x1"))
                .hasMessageContaining("two hex digits");
    }

    private void awaitStops(int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
        while (sim.stops() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(sim.stops()).isEqualTo(count);
    }
}
