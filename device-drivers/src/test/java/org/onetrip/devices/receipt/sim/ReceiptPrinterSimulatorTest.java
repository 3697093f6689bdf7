package org.onetrip.devices.receipt.sim;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.receipt.PrinterCondition;
import org.onetrip.devices.receipt.escpos.EscPosEncoder;
import org.onetrip.devices.receipt.escpos.PrinterMessage;
import org.onetrip.devices.receipt.escpos.PrinterReplyDecoder;
import org.onetrip.devices.receipt.escpos.PrinterStatusCodec;
import org.onetrip.devices.receipt.escpos.StatusRequest;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.PaperWidth;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated printer on the wire, driven with raw bytes as a real host would. */
class ReceiptPrinterSimulatorTest {
    @TempDir
    Path dir;
    private ReceiptPrinterSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void answersRealtimeStatusWhileStoppedOnPaperEndButNotInOrderQueries() throws Exception {
        sim = new ReceiptPrinterSimulator(PaperWidth.MM58, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
        TcpSimulatorEndpoint endpoint = sim.listenTcp(0);
        sim.runOutOfPaperAfterLines(1);
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write(new byte[] {0x1D, 'a', 0x0E});
            out.write(new EscPosEncoder(PaperWidth.MM58).line("one").line("two").build().bytes());
            out.write(EscPosEncoder.paperSensorQuery());
            out.flush();
            PrinterReplyDecoder decoder = new PrinterReplyDecoder();
            awaitAsb(in, decoder, PrinterCondition.PAPER_OUT);

            out.write(EscPosEncoder.statusRequest(StatusRequest.ROLL_PAPER));
            out.flush();
            int reply = in.read();

            assertThat(PrinterStatusCodec.decodeRealtime(StatusRequest.ROLL_PAPER, reply)).contains(PrinterCondition.PAPER_OUT);
            assertThat(sim.pendingBytes()).as("GS r waits behind the unprinted line").isGreaterThan(0);
            out.write(EscPosEncoder.recoverAndClearBuffers());
            out.write(EscPosEncoder.statusRequest(StatusRequest.OFFLINE_CAUSE));
            out.flush();
            assertThat(nextRealtimeReply(in, decoder)).as("real-time commands run in arrival order: the clear is done")
                    .isNotNull();
            sim.loadPaper();
            out.write(EscPosEncoder.paperSensorQuery());
            out.flush();
            assertThat(nextPaperSensorReply(in, decoder)).as("answered once the stale bytes were dropped and paper loaded")
                    .isEqualTo(new PrinterMessage.PaperSensorReply(java.util.Set.of()));
        }
    }

    /** Reads automatic status back packets until one reports the condition (the socket timeout bounds it). */
    private static void awaitAsb(InputStream in, PrinterReplyDecoder decoder, PrinterCondition condition) throws Exception {
        byte[] one = new byte[1];
        while (true) {
            int b = in.read();
            assertThat(b).as("connection open").isNotNegative();
            one[0] = (byte) b;
            for (PrinterMessage m : decoder.accept(one, 0, 1)) {
                if (m instanceof PrinterMessage.AutomaticStatus asb && asb.conditions().contains(condition)) {
                    return;
                }
            }
        }
    }

    private static PrinterMessage nextRealtimeReply(InputStream in, PrinterReplyDecoder decoder) throws Exception {
        byte[] one = new byte[1];
        while (true) {
            int b = in.read();
            assertThat(b).as("connection open").isNotNegative();
            one[0] = (byte) b;
            for (PrinterMessage m : decoder.accept(one, 0, 1)) {
                if (m instanceof PrinterMessage.RealtimeReply) {
                    return m;
                }
            }
        }
    }

    private static PrinterMessage nextPaperSensorReply(InputStream in, PrinterReplyDecoder decoder) throws Exception {
        byte[] one = new byte[1];
        while (true) {
            int b = in.read();
            assertThat(b).as("connection open").isNotNegative();
            one[0] = (byte) b;
            for (PrinterMessage m : decoder.accept(one, 0, 1)) {
                if (m instanceof PrinterMessage.PaperSensorReply) {
                    return m;
                }
            }
        }
    }

    @Test
    void writesAPngOfEachCutReceipt() throws Exception {
        sim = new ReceiptPrinterSimulator(PaperWidth.MM80, new ReceiptPrinterSimulator.Settings("m", "f", 0, Optional.of(dir)),
                Optional.of(ReceiptImageRenderer.withCjkFont(ReceiptImageRenderer.WQY_ZEN_HEI)));
        TcpSimulatorEndpoint endpoint = sim.listenTcp(0);
        try (Socket s = new Socket("127.0.0.1", endpoint.port())) {
            s.getOutputStream().write(new EscPosEncoder(PaperWidth.MM80).initialize().chineseMode(true).line("你好")
                    .cut(CutMode.FULL).build().bytes());
            s.getOutputStream().flush();
            assertThat(sim.awaitReceipt(Duration.ofSeconds(10))).isPresent();
        }
        assertThat(sim.pngs()).singleElement().satisfies(p -> {
            assertThat(p).exists().hasFileName("receipt-0001.png");
            assertThat(javax.imageio.ImageIO.read(p.toFile()).getWidth()).isEqualTo(576);
        });
    }

    @Test
    void refusesBadFaultArguments() {
        sim = new ReceiptPrinterSimulator(PaperWidth.MM58, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.runOutOfPaperAfterLines(-1))
                .hasMessage("lines must be 0 or more, was -1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sim.listenTcp(70000))
                .hasMessage("TCP port must be 0..65535, was 70000");
    }
}
