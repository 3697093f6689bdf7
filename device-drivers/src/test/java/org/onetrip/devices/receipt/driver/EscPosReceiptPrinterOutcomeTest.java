package org.onetrip.devices.receipt.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.devices.receipt.driver.PrinterFixture.WAIT;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;
import org.onetrip.devices.receipt.sim.PrintedReceipt;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.receipt.sim.TcpSimulatorEndpoint;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.tcp.TcpTransport;

/** Every job ends with an outcome within a bound, whatever its text or the driver meets. */
class EscPosReceiptPrinterOutcomeTest {
    private static final PaperWidth PAPER = PaperWidth.MM80;

    private final ReceiptPrinterSimulator sim = PrinterFixture.simulator(PAPER);
    private final List<EscPosReceiptPrinter> printers = new ArrayList<>();
    private TcpSimulatorEndpoint endpoint;

    @AfterEach
    void stop() {
        printers.forEach(EscPosReceiptPrinter::close);
        sim.close();
    }

    private EscPosReceiptPrinter started(ByteStreamTransport transport) throws Exception {
        EscPosReceiptPrinter printer = new EscPosReceiptPrinter("receipt-printer", transport, PrinterFixture.quickSettings(PAPER),
                new InMemoryReceiptJournal(), PrinterFixture.clock());
        printers.add(printer);
        printer.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return printer;
    }

    private TcpTransport tcp() throws IOException {
        if (endpoint == null) {
            endpoint = sim.listenTcp(0);
        }
        return new TcpTransport("127.0.0.1", endpoint.port(), Duration.ofSeconds(1));
    }

    private static PrintOutcome outcome(CompletableFuture<PrintOutcome> job) throws Exception {
        return job.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void controlCharactersInTheHallNameAndInALinePrintAsQuestionMarks() throws Exception {
        EscPosReceiptPrinter printer = started(tcp());
        ReceiptDocument receipt = ReceiptDocument.builder(PAPER)
                .text("东城区\u0007政务服务中心\u001b@", Alignment.CENTRE, TextStyle.TITLE)
                .columns("申请人\u0000", "张\u0085伟")
                .text("第一段\n第二段\u0008")
                .build();

        PrintOutcome outcome = outcome(printer.print(new ReceiptJob(new ReceiptId("ctl-1"), receipt)));

        assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
        PrintedReceipt paper = sim.awaitReceipt(WAIT).orElseThrow();
        assertThat(paper.cut()).isTrue();
        assertThat(String.join("\n", paper.textLines())).contains("东城区?政务服务中心?@").contains("申请人?")
                .contains("张?伟").contains("第一段").contains("第二段?").doesNotContain("\u0007").doesNotContain("\u001b");
    }

    @Test
    void aReceiptTheEncoderRefusesFailsWithAReasonAndSendsNothing() throws Exception {
        EscPosReceiptPrinter printer = started(tcp());
        ReceiptDocument receipt = ReceiptDocument.builder(PAPER).text("受理回执").barcode("SQ\u00012026", 48).build();
        long before = sim.bytesReceived();

        PrintOutcome outcome = outcome(printer.print(new ReceiptJob(new ReceiptId("bad-barcode"), receipt)));

        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        PrintOutcome.Failed failed = (PrintOutcome.Failed) outcome;
        assertThat(failed.reason()).isEqualTo(FailureReason.UNPRINTABLE);
        assertThat(failed.detail()).contains("CODE128").contains("nothing was sent");
        assertThat(failed.progress().bytesSent()).isZero();
        assertThat(printer.counters()).containsEntry("printFailure.UNPRINTABLE", 1L);
        // the printer still prints the next receipt
        assertThat(outcome(printer.print(new ReceiptJob(new ReceiptId("next"), PrinterFixture.receipt(PAPER)))))
                .isInstanceOf(PrintOutcome.Printed.class);
        assertThat(sim.bytesReceived()).isGreaterThan(before);
    }

    @Test
    void aSurpriseInsideTheDriverIsAFailedOutcomeNotAnIncompleteFuture() throws Exception {
        SurprisingTransport transport = new SurprisingTransport(tcp());
        EscPosReceiptPrinter printer = started(transport);
        transport.surpriseOnNextLongWrite.set(true);

        CompletableFuture<PrintOutcome> job = printer.print(new ReceiptJob(new ReceiptId("surprise"), PrinterFixture.receipt(PAPER)));
        PrintOutcome outcome = outcome(job);

        assertThat(job).isCompletedWithValueMatching(o -> o instanceof PrintOutcome.Failed);
        assertThat(((PrintOutcome.Failed) outcome).reason()).isEqualTo(FailureReason.DRIVER_ERROR);
        assertThat(((PrintOutcome.Failed) outcome).detail()).contains("IllegalStateException").contains("buffer pool");
    }

    @Test
    void paperOutNowRefusesTheReceiptUntilPaperIsBack() throws Exception {
        EscPosReceiptPrinter printer = started(tcp());
        sim.runOutOfPaper();

        PrintOutcome refused = outcome(printer.print(new ReceiptJob(new ReceiptId("no-paper"), PrinterFixture.receipt(PAPER))));
        sim.loadPaper();
        PrintOutcome after = outcome(printer.print(new ReceiptJob(new ReceiptId("paper-back"), PrinterFixture.receipt(PAPER))));

        assertThat(((PrintOutcome.Failed) refused).reason()).isEqualTo(FailureReason.PAPER_OUT);
        assertThat(((PrintOutcome.Failed) refused).progress().bytesSent()).isZero();
        assertThat(after).isInstanceOf(PrintOutcome.Printed.class);
    }

    @Test
    void jobsStillQueuedWhenTheDriverClosesEndAsClosed() throws Exception {
        EscPosReceiptPrinter printer = started(tcp());
        // the paper runs out at once, so the first job waits for its progress timeout while the others queue
        sim.runOutOfPaperAfterLines(0);
        List<CompletableFuture<PrintOutcome>> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jobs.add(printer.print(new ReceiptJob(new ReceiptId("q-" + i), PrinterFixture.receipt(PAPER))));
        }

        printer.close();

        for (CompletableFuture<PrintOutcome> job : jobs) {
            assertThat(outcome(job)).isInstanceOf(PrintOutcome.Failed.class);
        }
        assertThat(jobs).anyMatch(j -> ((PrintOutcome.Failed) j.join()).reason() == FailureReason.CLOSED);
    }

    /** A transport whose write throws an unchecked exception when told, as a broken library might. */
    private static final class SurprisingTransport implements ByteStreamTransport {
        private final ByteStreamTransport inner;
        final AtomicBoolean surpriseOnNextLongWrite = new AtomicBoolean();

        SurprisingTransport(ByteStreamTransport inner) {
            this.inner = inner;
        }

        @Override
        public void open() throws IOException {
            inner.open();
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
            return inner.read(buffer, offset, length, timeout);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            // status requests are 3 bytes; a receipt chunk is longer
            if (bytes.length > 8 && surpriseOnNextLongWrite.getAndSet(false)) {
                throw new IllegalStateException("buffer pool exhausted");
            }
            inner.write(bytes);
        }

        @Override
        public void discardInput() throws IOException {
            inner.discardInput();
        }

        @Override
        public String describe() {
            return inner.describe();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
