package org.onetrip.devices.receipt.escpos;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.onetrip.devices.receipt.PrinterCondition;

/**
 * Status bytes of an ESC/POS printer to conditions and back. Pure: no I/O.
 *
 * <ul>
 * <li>{@code DLE EOT n} replies have the form {@code 0xx1xx10}: bits 0 and 7 clear, 1 and 4 set.</li>
 * <li>Automatic status back (ASB, after {@code GS a n}) is four bytes; the first has bits
 * 0, 1 and 7 clear and bit 4 set, the others bits 4 and 7 clear.</li>
 * <li>{@code GS r 1} (paper sensor) replies have bits 4 and 7 clear.</li>
 * </ul>
 * Because bit 1 differs, an ASB packet and a real-time reply can be told apart in one stream.
 */
public final class PrinterStatusCodec {
    private PrinterStatusCodec() {
    }

    public static boolean isRealtimeReply(int b) {
        return (b & 0x93) == 0x12;
    }

    public static boolean isAsbHeader(int b) {
        return (b & 0x93) == 0x10;
    }

    public static boolean isPaperSensorReply(int b) {
        return (b & 0x90) == 0x00;
    }

    /** Decodes the one-byte reply to {@code DLE EOT n}. */
    public static Set<PrinterCondition> decodeRealtime(StatusRequest request, int reply) {
        if (!isRealtimeReply(reply)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "reply 0x%02X to DLE EOT %d (10 04 %02X) is not of the form 0xx1xx10", reply & 0xFF, request.n(), request.n()));
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        switch (request) {
            case PRINTER -> {
                set(conditions, reply, 3, PrinterCondition.OFFLINE);
                set(conditions, reply, 6, PrinterCondition.FEED_BUTTON);
            }
            case OFFLINE_CAUSE -> {
                set(conditions, reply, 2, PrinterCondition.COVER_OPEN);
                set(conditions, reply, 3, PrinterCondition.FEED_BUTTON);
                set(conditions, reply, 5, PrinterCondition.PAPER_OUT);
                set(conditions, reply, 6, PrinterCondition.OTHER_ERROR);
            }
            case ERROR_CAUSE -> {
                set(conditions, reply, 2, PrinterCondition.OTHER_ERROR);
                set(conditions, reply, 3, PrinterCondition.CUTTER_ERROR);
                set(conditions, reply, 5, PrinterCondition.UNRECOVERABLE_ERROR);
                set(conditions, reply, 6, PrinterCondition.AUTO_RECOVERABLE_ERROR);
            }
            case ROLL_PAPER -> {
                if ((reply & 0x0C) != 0) {
                    conditions.add(PrinterCondition.PAPER_NEAR_END);
                }
                if ((reply & 0x60) != 0) {
                    conditions.add(PrinterCondition.PAPER_OUT);
                }
            }
        }
        return conditions;
    }

    /** The reply a printer in these conditions gives to {@code DLE EOT n}. */
    public static int encodeRealtime(StatusRequest request, Set<PrinterCondition> c) {
        int b = 0x12;
        switch (request) {
            case PRINTER -> {
                b |= bit(c, PrinterCondition.OFFLINE, 3) | bit(c, PrinterCondition.FEED_BUTTON, 6);
            }
            case OFFLINE_CAUSE -> {
                b |= bit(c, PrinterCondition.COVER_OPEN, 2) | bit(c, PrinterCondition.FEED_BUTTON, 3)
                        | bit(c, PrinterCondition.PAPER_OUT, 5) | (anyError(c) ? 1 << 6 : 0);
            }
            case ERROR_CAUSE -> {
                b |= bit(c, PrinterCondition.OTHER_ERROR, 2) | bit(c, PrinterCondition.CUTTER_ERROR, 3)
                        | bit(c, PrinterCondition.UNRECOVERABLE_ERROR, 5) | bit(c, PrinterCondition.AUTO_RECOVERABLE_ERROR, 6);
            }
            case ROLL_PAPER -> {
                b |= (c.contains(PrinterCondition.PAPER_NEAR_END) ? 0x0C : 0) | (c.contains(PrinterCondition.PAPER_OUT) ? 0x60 : 0);
            }
        }
        return b;
    }

    /**
     * Folds the answers to several requests into one set: the general "error occurred"
     * flag of {@code DLE EOT 2} is dropped when {@code DLE EOT 3} named the error.
     */
    public static Set<PrinterCondition> combine(Set<PrinterCondition> a, Set<PrinterCondition> b) {
        Set<PrinterCondition> all = EnumSet.noneOf(PrinterCondition.class);
        all.addAll(a);
        all.addAll(b);
        if (all.contains(PrinterCondition.CUTTER_ERROR) || all.contains(PrinterCondition.UNRECOVERABLE_ERROR)
                || all.contains(PrinterCondition.AUTO_RECOVERABLE_ERROR)) {
            all.remove(PrinterCondition.OTHER_ERROR);
        }
        return all;
    }

    /** Decodes a four-byte ASB packet. */
    public static Set<PrinterCondition> decodeAsb(byte[] packet) {
        if (packet.length != 4 || !isAsbHeader(packet[0]) || (packet[1] & 0x90) != 0 || (packet[2] & 0x90) != 0
                || (packet[3] & 0x90) != 0) {
            throw new IllegalArgumentException("not an automatic status back packet: " + hex(packet));
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        set(conditions, packet[0], 3, PrinterCondition.OFFLINE);
        set(conditions, packet[0], 5, PrinterCondition.COVER_OPEN);
        set(conditions, packet[0], 6, PrinterCondition.FEED_BUTTON);
        set(conditions, packet[1], 2, PrinterCondition.OTHER_ERROR);
        set(conditions, packet[1], 3, PrinterCondition.CUTTER_ERROR);
        set(conditions, packet[1], 5, PrinterCondition.UNRECOVERABLE_ERROR);
        set(conditions, packet[1], 6, PrinterCondition.AUTO_RECOVERABLE_ERROR);
        if ((packet[2] & 0x03) != 0) {
            conditions.add(PrinterCondition.PAPER_NEAR_END);
        }
        if ((packet[2] & 0x0C) != 0) {
            conditions.add(PrinterCondition.PAPER_OUT);
        }
        return conditions;
    }

    /** The ASB packet a printer in these conditions sends. */
    public static byte[] encodeAsb(Set<PrinterCondition> c) {
        int b1 = 0x10 | bit(c, PrinterCondition.OFFLINE, 3) | bit(c, PrinterCondition.COVER_OPEN, 5)
                | bit(c, PrinterCondition.FEED_BUTTON, 6);
        int b2 = bit(c, PrinterCondition.OTHER_ERROR, 2) | bit(c, PrinterCondition.CUTTER_ERROR, 3)
                | bit(c, PrinterCondition.UNRECOVERABLE_ERROR, 5) | bit(c, PrinterCondition.AUTO_RECOVERABLE_ERROR, 6);
        int b3 = (c.contains(PrinterCondition.PAPER_NEAR_END) ? 0x03 : 0) | (c.contains(PrinterCondition.PAPER_OUT) ? 0x0C : 0);
        return new byte[] {(byte) b1, (byte) b2, (byte) b3, 0};
    }

    /** Decodes the reply to {@code GS r 1}. */
    public static Set<PrinterCondition> decodePaperSensor(int reply) {
        if (!isPaperSensorReply(reply)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "reply 0x%02X to GS r 1 has bit 4 or 7 set", reply & 0xFF));
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        if ((reply & 0x03) != 0) {
            conditions.add(PrinterCondition.PAPER_NEAR_END);
        }
        if ((reply & 0x0C) != 0) {
            conditions.add(PrinterCondition.PAPER_OUT);
        }
        return conditions;
    }

    public static int encodePaperSensor(Set<PrinterCondition> c) {
        return (c.contains(PrinterCondition.PAPER_NEAR_END) ? 0x03 : 0) | (c.contains(PrinterCondition.PAPER_OUT) ? 0x0C : 0);
    }

    /** Bytes as {@code 1B 40 ...}, for messages. */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return sb.toString();
    }

    private static boolean anyError(Set<PrinterCondition> c) {
        return c.contains(PrinterCondition.OTHER_ERROR) || c.contains(PrinterCondition.CUTTER_ERROR)
                || c.contains(PrinterCondition.UNRECOVERABLE_ERROR) || c.contains(PrinterCondition.AUTO_RECOVERABLE_ERROR);
    }

    private static int bit(Set<PrinterCondition> c, PrinterCondition condition, int bit) {
        return c.contains(condition) ? 1 << bit : 0;
    }

    private static void set(Set<PrinterCondition> conditions, int value, int bit, PrinterCondition condition) {
        if ((value & (1 << bit)) != 0) {
            conditions.add(condition);
        }
    }
}
