package org.onetrip.devices.receipt.driver;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.transport.serial.SerialPortTransport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.devices.receipt.driver.PrinterFixture.WAIT;

/** The driver over jSerialComm on the slave side of a pseudo-terminal, the simulator on the master. */
class EscPosReceiptPrinterSerialTest {
    private static final PaperWidth PAPER = PaperWidth.MM58;

    @TempDir
    Path dir;
    private ReceiptPrinterSimulator sim;
    private PtySimulatorEndpoint pty;
    private EscPosReceiptPrinter printer;
    private final ReceiptDocument receipt = PrinterFixture.receipt(PAPER);

    @BeforeEach
    void start() throws Exception {
        sim = new ReceiptPrinterSimulator(PAPER, new ReceiptPrinterSimulator.Settings("OneTrip SIM-58", "SIM 1.4.2", 115200,
                Optional.empty()), Optional.empty());
        pty = sim.attachPty(Optional.of(dir.resolve("ttyPRINTER")));
        printer = new EscPosReceiptPrinter("receipt-printer", new SerialPortTransport(pty.portPath(), 115200),
                PrinterFixture.quickSettings(PAPER), new InMemoryReceiptJournal(), PrinterFixture.clock());
        printer.start().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        printer.close();
        sim.close();
    }

    private PrintOutcome print(String id) throws Exception {
        return printer.print(new ReceiptJob(new ReceiptId(id), receipt)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void printsOverTheSerialLine() throws Exception {
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);

        assertThat(print("s-1")).isInstanceOf(PrintOutcome.Printed.class);

        assertThat(sim.awaitReceipt(WAIT).orElseThrow().textLines()).isEqualTo(ReceiptLines.text(receipt));
    }

    @Test
    void paperOutMidReceiptOverSerial() throws Exception {
        sim.runOutOfPaperAfterLines(2);

        assertThat(print("s-2")).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.PAPER_OUT);
            assertThat(f.progress().linesPrinted()).isEqualTo(2);
        });
    }

    @Test
    void aPrinterThatStopsAnsweringGoesOfflineAndComesBack() throws Exception {
        sim.goOffline();
        PrinterFixture.awaitState(printer, DeviceState.OFFLINE);

        assertThat(printer.print(new ReceiptJob(new ReceiptId("s-3"), receipt))).isCompletedWithValueMatching(
                o -> o instanceof PrintOutcome.Failed f && f.reason() == FailureReason.OFFLINE);

        sim.comeOnline();
        PrinterFixture.awaitState(printer, DeviceState.ONLINE);
        assertThat(print("s-4")).isInstanceOf(PrintOutcome.Printed.class);
    }

    @Test
    void aPortThatDisappearsAndReturnsIsReopened() throws Exception {
        pty.unplug();
        PrinterFixture.awaitState(printer, DeviceState.OFFLINE);

        pty.plugIn();
        PrinterFixture.awaitState(printer, DeviceState.ONLINE);

        assertThat(print("s-5")).isInstanceOf(PrintOutcome.Printed.class);
        assertThat(sim.awaitReceipt(WAIT)).isPresent();
    }
}
