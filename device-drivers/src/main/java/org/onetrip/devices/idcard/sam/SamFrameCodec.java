package org.onetrip.devices.idcard.sam;

import java.util.HexFormat;

/**
 * Encodes and decodes the frames of the SAM serial protocol:
 * {@code AA AA AA 96 69 | Len (2 bytes, big-endian) | body | XOR}. {@code Len} counts the
 * bytes after itself, the checksum included; the checksum is the XOR of the length bytes
 * and the body. A request body is {@code CMD PARA data}; a reply body is
 * {@code SW1 SW2 SW3 data}. Pure: no I/O, no clock, no threads.
 */
public final class SamFrameCodec {
    /** The five bytes every frame starts with. */
    public static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble plus the two length bytes. */
    public static final int HEADER_LENGTH = 7;
    /** The largest length field this codec accepts; the longest known reply (with fingerprints) is 2314. */
    public static final int MAX_LENGTH_FIELD = 4096;

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private SamFrameCodec() {
    }

    public static byte[] encodeRequest(SamRequest request) {
        byte[] data = request.data();
        byte[] body = new byte[2 + data.length];
        body[0] = (byte) request.command();
        body[1] = (byte) request.parameter();
        System.arraycopy(data, 0, body, 2, data.length);
        return frame(body);
    }

    public static byte[] encodeReply(SamReply reply) {
        byte[] data = reply.data();
        byte[] body = new byte[3 + data.length];
        body[0] = (byte) reply.sw1();
        body[1] = (byte) reply.sw2();
        body[2] = (byte) reply.status();
        System.arraycopy(data, 0, body, 3, data.length);
        return frame(body);
    }

    /** Decodes one complete request frame. */
    public static SamRequest decodeRequest(byte[] frame) {
        byte[] body = body(frame, 2);
        byte[] data = new byte[body.length - 2];
        System.arraycopy(body, 2, data, 0, data.length);
        return new SamRequest(body[0] & 0xFF, body[1] & 0xFF, data);
    }

    /** Decodes one complete reply frame. */
    public static SamReply decodeReply(byte[] frame) {
        byte[] body = body(frame, 3);
        byte[] data = new byte[body.length - 3];
        System.arraycopy(body, 3, data, 0, data.length);
        return new SamReply(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF, data);
    }

    /** The XOR of {@code bytes[from..to)}. */
    public static int xor(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x & 0xFF;
    }

    /** Bytes in upper-case hex separated by spaces, for error messages. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static String hexHead(byte[] bytes, int max) {
        if (bytes.length <= max) {
            return hex(bytes);
        }
        return HEX.formatHex(bytes, 0, max) + " ... (" + bytes.length + " bytes)";
    }

    private static byte[] frame(byte[] body) {
        int length = body.length + 1;
        if (length > MAX_LENGTH_FIELD) {
            throw new SamFrameException(FrameFault.BAD_LENGTH, "body of " + body.length + " bytes exceeds " + (MAX_LENGTH_FIELD - 1));
        }
        byte[] frame = new byte[HEADER_LENGTH + length];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (length >> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER_LENGTH, body.length);
        frame[frame.length - 1] = (byte) xor(frame, 5, frame.length - 1);
        return frame;
    }

    private static byte[] body(byte[] frame, int minBody) {
        if (frame.length < HEADER_LENGTH) {
            throw new SamFrameException(FrameFault.TRUNCATED, "only " + frame.length + " bytes: " + hex(frame));
        }
        for (int i = 0; i < PREAMBLE.length; i++) {
            if (frame[i] != PREAMBLE[i]) {
                throw new SamFrameException(FrameFault.NO_PREAMBLE, "starts with " + hexHead(frame, 8));
            }
        }
        int length = lengthField(frame, 5);
        if (length < minBody + 1 || length > MAX_LENGTH_FIELD) {
            throw new SamFrameException(FrameFault.BAD_LENGTH,
                    "length field " + length + " outside " + (minBody + 1) + ".." + MAX_LENGTH_FIELD + " in " + hexHead(frame, 16));
        }
        int total = HEADER_LENGTH + length;
        if (frame.length < total) {
            throw new SamFrameException(FrameFault.TRUNCATED,
                    "got " + frame.length + " of " + total + " bytes: " + hexHead(frame, 16));
        }
        if (frame.length > total) {
            throw new SamFrameException(FrameFault.TOO_LONG,
                    frame.length - total + " bytes after the checksum: " + hexHead(frame, 16));
        }
        int expected = xor(frame, 5, total - 1);
        int actual = frame[total - 1] & 0xFF;
        if (expected != actual) {
            throw new SamFrameException(FrameFault.BAD_CHECKSUM,
                    String.format("expected %02X, got %02X in %s", expected, actual, hexHead(frame, 16)));
        }
        byte[] body = new byte[length - 1];
        System.arraycopy(frame, HEADER_LENGTH, body, 0, body.length);
        return body;
    }

    static int lengthField(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    }
}
