package org.onetrip.devices.receipt.escpos;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.onetrip.devices.receipt.PrinterCondition;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorting a printer's answers when ASB packets arrive between them, split across reads. */
class PrinterReplyDecoderTest {
    private final PrinterReplyDecoder decoder = new PrinterReplyDecoder();

    private List<PrinterMessage> feed(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return decoder.accept(b, 0, b.length);
    }

    @Test
    void asbPacketBetweenTwoRealtimeReplies() {
        List<PrinterMessage> messages = feed(0x12, 0x18, 0x00, 0x0C, 0x00, 0x32);

        assertThat(messages).containsExactly(
                new PrinterMessage.RealtimeReply(0x12),
                new PrinterMessage.AutomaticStatus(Set.of(PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT)),
                new PrinterMessage.RealtimeReply(0x32));
    }

    @Test
    void asbPacketSplitOverThreeReads() {
        List<PrinterMessage> all = new ArrayList<>();
        all.addAll(feed(0x10));
        all.addAll(feed(0x00, 0x03));
        assertThat(all).isEmpty();
        all.addAll(feed(0x00, 0x00));

        assertThat(all).containsExactly(new PrinterMessage.AutomaticStatus(Set.of(PrinterCondition.PAPER_NEAR_END)),
                new PrinterMessage.PaperSensorReply(Set.of()));
    }

    @Test
    void asbBytesThatLookLikePaperSensorRepliesStayInThePacket() {
        // bytes 2..4 of an ASB packet have bit 4 clear, like a GS r reply: they must not count as progress
        assertThat(feed(0x10, 0x00, 0x00, 0x00)).containsExactly(new PrinterMessage.AutomaticStatus(Set.of()));
    }

    @Test
    void printerInformationBlock() {
        assertThat(feed(0x5F, 'S', 'I', 'M', ' ', '1', 0x00, 0x12))
                .containsExactly(new PrinterMessage.InfoReply("SIM 1"), new PrinterMessage.RealtimeReply(0x12));
    }

    @Test
    void anyByteSequenceDecodesWithoutThrowing() {
        java.util.Random random = new java.util.Random(4242);
        for (int round = 0; round < 500; round++) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            int split = noise.length == 0 ? 0 : random.nextInt(noise.length);
            List<PrinterMessage> messages = new ArrayList<>(decoder.accept(noise, 0, split));
            messages.addAll(decoder.accept(noise, split, noise.length - split));
            assertThat(messages).doesNotContainNull();
        }
    }

    @Test
    void strayBytesAreReportedNotGuessed() {
        assertThat(feed(0x93, 0xFF)).containsExactly(new PrinterMessage.Unexpected(0x93), new PrinterMessage.Unexpected(0xFF));
    }
}
