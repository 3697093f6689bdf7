package org.onetrip.devices.receipt.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the bytes a printer sends into messages: real-time replies, ASB packets that may
 * arrive between them at any time, paper-sensor replies and information blocks. Keeps state
 * across calls, since a packet can be split between two reads. Pure: no I/O; one thread.
 */
public final class PrinterReplyDecoder {
    private static final int MAX_INFO = 80;

    private final byte[] asb = new byte[4];
    private int asbFill = -1;
    private ByteArrayOutputStream info;

    /** Feeds received bytes; returns the messages they complete, in order. */
    public List<PrinterMessage> accept(byte[] buffer, int offset, int length) {
        List<PrinterMessage> messages = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            PrinterMessage m = accept(buffer[i] & 0xFF);
            if (m != null) {
                messages.add(m);
            }
        }
        return messages;
    }

    /** Forgets a half-received packet, after the connection was reopened. */
    public void reset() {
        asbFill = -1;
        info = null;
    }

    private PrinterMessage accept(int b) {
        if (asbFill >= 0) {
            asb[asbFill++] = (byte) b;
            if (asbFill < 4) {
                return null;
            }
            asbFill = -1;
            try {
                return new PrinterMessage.AutomaticStatus(PrinterStatusCodec.decodeAsb(asb.clone()));
            } catch (IllegalArgumentException e) {
                return new PrinterMessage.Unexpected(asb[0] & 0xFF);
            }
        }
        if (info != null) {
            if (b == 0 || info.size() >= MAX_INFO) {
                String text = info.toString(StandardCharsets.US_ASCII);
                info = null;
                return new PrinterMessage.InfoReply(text);
            }
            info.write(b);
            return null;
        }
        if (PrinterStatusCodec.isRealtimeReply(b)) {
            return new PrinterMessage.RealtimeReply(b);
        }
        if (b == EscPos.INFO_HEADER) {
            info = new ByteArrayOutputStream();
            return null;
        }
        if (PrinterStatusCodec.isAsbHeader(b)) {
            asb[0] = (byte) b;
            asbFill = 1;
            return null;
        }
        if (PrinterStatusCodec.isPaperSensorReply(b)) {
            return new PrinterMessage.PaperSensorReply(PrinterStatusCodec.decodePaperSensor(b));
        }
        return new PrinterMessage.Unexpected(b);
    }
}
