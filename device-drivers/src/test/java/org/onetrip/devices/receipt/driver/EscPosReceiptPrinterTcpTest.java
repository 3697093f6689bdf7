package org.onetrip.devices.receipt.driver;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.PrinterCondition;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.ReceiptLines;
import org.onetrip.devices.receipt.sim.PrintedReceipt;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.receipt.sim.TcpSimulatorEndpoint;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.transport.tcp.TcpTransport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.devices.receipt.driver.PrinterFixture.RECEIPT_LINES;
import static org.onetrip.devices.receipt.driver.PrinterFixture.WAIT;

/** The driver against the simulated printer over TCP loopback (raw, as on port 9100). */
class EscPosReceiptPrinterTcpTest {
    private static final PaperWidth PAPER = PaperWidth.MM80;

    private ReceiptPrinterSimulator sim;
    private TcpSimulatorEndpoint endpoint;
    private EscPosReceiptPrinter printer;
    private final ReceiptDocument receipt = PrinterFixture.receipt(PAPER);

    @BeforeEach
    void start() throws Exception {
        sim = PrinterFixture.simulator(PAPER);
        endpoint = sim.listenTcp(0);
        printer = new EscPosReceiptPrinter("receipt-printer", new TcpTransport("127.0.0.1", endpoint.port(), Duration.ofSeconds(1)),
                PrinterFixture.quickSettings(PAPER), new InMemoryReceiptJournal(), PrinterFixture.clock());
        printer.start().get(10, TimeUnit.SECONDS);
        assertThat(printer.status().state()).isEqualTo(DeviceState.ONLINE);
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
    void printedOnlyOnceThePrinterConfirmedEveryLineAndTheCut() throws Exception {
        PrintOutcome outcome = print("r-1");

        assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
        PrintOutcome.Printed printed = (PrintOutcome.Printed) outcome;
        assertThat(printed.reprint()).isFalse();
        assertThat(printed.progress().linesPrinted()).isEqualTo(RECEIPT_LINES);
        assertThat(printed.progress().bytesSent()).isEqualTo(printed.progress().totalBytes());
        PrintedReceipt paper = sim.awaitReceipt(WAIT).orElseThrow();
        assertThat(paper.cut()).isTrue();
        assertThat(paper.textLines()).isEqualTo(ReceiptLines.text(receipt));
        assertThat(paper.qrCodes()).singleElement().extracting(PrintedReceipt.Qr::data)
                .isEqualTo("https://zwfw.example.gov.cn/progress?no=SQ202611210123");
        assertThat(paper.barcodes()).singleElement().extracting(PrintedReceipt.Barcode::data).isEqualTo("SQ202611210123");
        assertThat(printer.identity().firmware()).isEqualTo("SIM 1.4.2");
        assertThat(printer.counters()).containsEntry("receiptsPrinted", 1L).containsEntry("cuts", 1L);
    }

    @Test
    void paperRunningOutMidReceiptIsAFailureAndTheRestNeverPrintsLater() throws Exception {
        sim.runOutOfPaperAfterLines(5);

        PrintOutcome outcome = print("r-2");

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.PAPER_OUT);
            assertThat(f.detail()).contains("stopped after 5 of " + RECEIPT_LINES + " lines");
            assertThat(f.progress().linesPrinted()).isEqualTo(5);
        });
        assertThat(printer.status().reasons()).contains(DeviceReason.PAPER_OUT);
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);

        sim.loadPaper();
        PrintOutcome retry = print("r-2");

        assertThat(retry).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> assertThat(p.reprint()).isTrue());
        PrintedReceipt torn = sim.awaitReceipt(WAIT).orElseThrow();
        PrintedReceipt reprinted = sim.awaitReceipt(WAIT).orElseThrow();
        assertThat(torn.cut()).isFalse();
        assertThat(torn.textLines()).hasSize(5).isEqualTo(ReceiptLines.text(receipt).subList(0, 5));
        assertThat(reprinted.textLines().get(0)).isEqualTo(ReceiptDocument.REPRINT_BANNER);
        assertThat(reprinted.textLines().subList(1, reprinted.textLines().size())).isEqualTo(ReceiptLines.text(receipt));
        assertThat(sim.receipts()).hasSize(2);
    }

    @Test
    void coverOpenFailsBeforeAnythingIsSent() throws Exception {
        sim.openCover();
        PrinterFixture.awaitStatus(printer, s -> s.reasons().contains(DeviceReason.COVER_OPEN));

        PrintOutcome outcome = print("r-3");

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.COVER_OPEN);
            assertThat(f.progress().nothingSent()).isTrue();
            assertThat(f.detail()).contains("nothing was sent");
        });
        sim.closeCover();
        PrintOutcome later = print("r-3");
        assertThat(later).isInstanceOfSatisfying(PrintOutcome.Printed.class,
                p -> assertThat(p.reprint()).as("nothing of it was printed before").isFalse());
        assertThat(sim.awaitReceipt(WAIT).orElseThrow().textLines().get(0)).isNotEqualTo(ReceiptDocument.REPRINT_BANNER);
        assertThat(sim.receipts()).as("the refused attempt left nothing behind to print").hasSize(1);
    }

    @Test
    void aJammedCutterFailsTheReceiptAfterAllLines() throws Exception {
        sim.jamCutter();

        PrintOutcome outcome = print("r-4");

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.CUTTER_ERROR);
            assertThat(f.detail()).isEqualTo("all " + RECEIPT_LINES + " lines printed; the cut failed");
        });
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer.status().reasons()).contains(DeviceReason.CUTTER_ERROR);
    }

    @Test
    void aPrintWhileOfflineFailsAtOnceAndIsNotQueued() throws Exception {
        sim.goOffline();
        PrinterFixture.awaitState(printer, DeviceState.OFFLINE);

        CompletableFuture<PrintOutcome> future = printer.print(new ReceiptJob(new ReceiptId("r-5"), receipt));

        assertThat(future).isDone();
        assertThat(future.get()).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(FailureReason.OFFLINE);
            assertThat(f.detail()).contains("not queued");
        });
        sim.comeOnline();
        PrinterFixture.awaitState(printer, DeviceState.ONLINE);
        assertThat(sim.awaitReceipt(Duration.ofMillis(300))).as("the offline job must never print later").isEmpty();
    }

    @Test
    void reconnectsByItselfWhenTheSimulatorRestarts() throws Exception {
        int port = endpoint.port();
        sim.close();
        PrinterFixture.awaitState(printer, DeviceState.OFFLINE);

        sim = PrinterFixture.simulator(PAPER);
        endpoint = sim.listenTcp(port);
        PrinterFixture.awaitState(printer, DeviceState.ONLINE);

        assertThat(print("r-6")).isInstanceOf(PrintOutcome.Printed.class);
        assertThat(printer.counters()).containsEntry("reconnects", 1L);
    }

    @Test
    void theSameReceiptPrintedAgainSaysReprint() throws Exception {
        assertThat(print("r-7")).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> assertThat(p.reprint()).isFalse());
        assertThat(print("r-7")).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> assertThat(p.reprint()).isTrue());

        assertThat(sim.awaitReceipt(WAIT).orElseThrow().textLines()).doesNotContain(ReceiptDocument.REPRINT_BANNER);
        assertThat(sim.awaitReceipt(WAIT).orElseThrow().textLines().get(0)).isEqualTo(ReceiptDocument.REPRINT_BANNER);
        assertThat(printer.counters()).containsEntry("reprints", 1L);
    }

    @Test
    void aReceiptAskedForAgainByTheCitizenGetsOneBannerOnly() throws Exception {
        ReceiptDocument copy = ReceiptDocument.builder(PAPER).text("受理回执").reprint(true).build();
        printer.print(new ReceiptJob(new ReceiptId("r-10"), copy)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        PrintOutcome again = printer.print(new ReceiptJob(new ReceiptId("r-10"), copy)).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(again).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> assertThat(p.reprint()).isTrue());
        sim.awaitReceipt(WAIT).orElseThrow();
        assertThat(sim.awaitReceipt(WAIT).orElseThrow().textLines()).containsExactly(ReceiptDocument.REPRINT_BANNER, "受理回执");
    }

    @Test
    void statusPushedInTheMiddleOfAReceiptIsTakenWithoutLosingProgress() throws Exception {
        sim.paperNearEndAfterLines(3);

        PrintOutcome outcome = print("r-8");

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> {
            assertThat(p.progress().linesPrinted()).isEqualTo(RECEIPT_LINES);
            assertThat(p.status().conditions()).contains(PrinterCondition.PAPER_NEAR_END);
        });
        assertThat(printer.status().state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.PAPER_NEAR_END);
    }

    @Test
    void aReceiptForAnotherPaperWidthIsRefusedAtOnce() {
        ReceiptJob narrow = new ReceiptJob(new ReceiptId("r-9"), PrinterFixture.receipt(PaperWidth.MM58));

        assertThatThrownBy(() -> printer.print(narrow)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("receipt is laid out for 58 mm paper; this printer has 80 mm");
    }
}
