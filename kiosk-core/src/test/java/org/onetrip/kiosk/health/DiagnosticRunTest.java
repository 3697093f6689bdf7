package org.onetrip.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.driver.ReconnectBackoff;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.kiosk.supervision.SupervisedDevice;

/** What {@code ./onetrip diag} prints, run against the drivers talking to their simulators over pseudo-terminals. */
class DiagnosticRunTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final SamReaderTimeouts FAST_READER = new SamReaderTimeouts(Duration.ofMillis(400),
            Duration.ofMillis(800), Duration.ofMillis(50));
    private static final PrinterSettings FAST_PRINTER = new PrinterSettings(PaperWidth.MM80, Duration.ofMillis(300),
            Duration.ofSeconds(2), Duration.ofMillis(100), new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(300)));

    @TempDir
    Path dir;
    private SamReaderSimulator cardSimulator;
    private SamIdCardReader reader;
    private ReceiptPrinterSimulator printerSimulator;
    private EscPosReceiptPrinter printer;
    private DiagnosticRun run;

    @BeforeEach
    void start() throws Exception {
        cardSimulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(cardSimulator.address(), 115200, FAST_READER, CLOCK);
        printerSimulator = new ReceiptPrinterSimulator(PaperWidth.MM80, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
        PtySimulatorEndpoint port = printerSimulator.attachPty(Optional.of(dir.resolve("ttyRECEIPT")));
        printer = new EscPosReceiptPrinter("receipt-printer", new SerialPortTransport(port.portPath(), 115200), FAST_PRINTER,
                new InMemoryReceiptJournal(), CLOCK);
        printer.start().get(10, TimeUnit.SECONDS);
        run = new DiagnosticRun(List.of(SupervisedDevice.idCardReader("idcard", reader),
                SupervisedDevice.receiptPrinter("receipt-printer", printer)), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        reader.close();
        cardSimulator.close();
        printer.close();
        printerSimulator.close();
    }

    @Test
    void allDevicesPassAndTheExitCodeIsZero() throws Exception {
        DiagnosticReport report = run.run();

        assertThat(report.exitCode()).isZero();
        assertThat(report.results()).extracting(DiagnosticResult::device).containsExactly("idcard", "receipt-printer");
        assertThat(report.results()).allSatisfy(r -> {
            assertThat(r.ok()).isTrue();
            assertThat(r.state()).isEqualTo(DeviceState.ONLINE);
        });
        assertThat(report.results().get(0).details()).containsKey("samId");
        assertThat(report.results().get(1).details()).containsEntry("model", "OneTrip SIM-80");

        assertThat(report.textLines().get(0)).matches("device=idcard state=ONLINE reasons=- ok=true ms=\\d+ message=\"reader and SAM answer\"");
        JsonNode json = new ObjectMapper().readTree(report.jsonLines().get(1));
        assertThat(json.get("device").asText()).isEqualTo("receipt-printer");
        assertThat(json.get("state").asText()).isEqualTo("ONLINE");
        assertThat(json.get("reasons").isArray()).isTrue();
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("ms").isIntegralNumber()).isTrue();
    }

    @Test
    void aPrinterWithItsCoverOpenFailsWithItsReasonAndTheExitCodeIsOne() throws Exception {
        printerSimulator.openCover();

        DiagnosticReport report = run.run();

        assertThat(report.exitCode()).isEqualTo(1);
        DiagnosticResult receipt = report.results().get(1);
        assertThat(receipt.ok()).isFalse();
        assertThat(receipt.state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(receipt.reasons()).containsExactly("COVER_OPEN");
        assertThat(report.results().get(0).ok()).as("the reader still passes").isTrue();
        assertThat(new ObjectMapper().readTree(report.jsonLines().get(1)).get("reasons").get(0).asText()).isEqualTo("COVER_OPEN");
    }

    @Test
    void aReaderWhoseSecurityModuleFailedFailsItsSelfTest() {
        cardSimulator.breakSam();

        DiagnosticReport report = run.run();

        assertThat(report.exitCode()).isEqualTo(1);
        DiagnosticResult idcard = report.results().get(0);
        assertThat(idcard.ok()).isFalse();
        assertThat(idcard.state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(idcard.reasons()).containsExactly("SAM_FAULT");
        assertThat(report.textLines().get(0)).startsWith("device=idcard state=HARDWARE_ERROR reasons=SAM_FAULT ok=false");
    }

    @Test
    void aSelfTestThatNeverAnswersFailsAtTheTimeout() {
        SupervisedDevice stuck = new SupervisedDevice("scanner", DeviceRole.SCANNER,
                () -> DeviceStatus.of(DeviceState.BUSY, CLOCK.instant()), listener -> { },
                CompletableFuture<SelfTestResult>::new, Map::of, () -> CompletableFuture.completedFuture(null));

        DiagnosticResult result = new DiagnosticRun(List.of(stuck), Duration.ofMillis(200)).run().results().get(0);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).isEqualTo("no answer within 200 ms");
        assertThat(result.state()).isEqualTo(DeviceState.BUSY);
    }

    @Test
    void noDevicesIsNotASuccess() {
        assertThat(new DiagnosticRun(List.of(), Duration.ofSeconds(1)).run().exitCode()).isEqualTo(1);
    }
}
