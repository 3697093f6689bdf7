package org.onetrip.devices.codescanner.serial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a scanner's byte stream into codes: each code ends with the suffix, starts with the prefix
 * (when there is one), and is UTF-8 text without control characters, at most {@code maxLength}
 * characters. Pure: no I/O, no clock, no threads; one instance per stream, not thread-safe.
 */
public final class CodeFrameDecoder {

    /** One frame cut from the stream. */
    public sealed interface Frame {
        /** A code, prefix and suffix taken off. */
        record Code(String text) implements Frame {
        }

        /**
         * Bytes that are not a code.
         *
         * @param why for technicians; never the bytes as text (they may be a payment code)
         */
        record Malformed(String why) implements Frame {
        }
    }

    private final byte[] prefix;
    private final byte[] suffix;
    private final int maxLength;
    private final int maxFrameBytes;
    private byte[] buffer = new byte[64];
    private int size;
    private boolean skipping;

    public CodeFrameDecoder(byte[] prefix, byte[] suffix, int maxLength) {
        this.prefix = Objects.requireNonNull(prefix, "prefix").clone();
        this.suffix = Objects.requireNonNull(suffix, "suffix").clone();
        if (suffix.length == 0) {
            throw new IllegalArgumentException("the suffix ends every code; it cannot be empty");
        }
        this.maxLength = maxLength;
        // a UTF-8 character is at most 4 bytes
        this.maxFrameBytes = prefix.length + 4 * maxLength + suffix.length;
    }

    /** Takes {@code length} more bytes; answers the frames they complete, in order. */
    public List<Frame> feed(byte[] bytes, int offset, int length) {
        List<Frame> frames = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            append(bytes[i]);
            if (endsWithSuffix()) {
                byte[] body = Arrays.copyOf(buffer, size - suffix.length);
                boolean wasSkipping = skipping;
                size = 0;
                skipping = false;
                frames.add(wasSkipping ? new Frame.Malformed("a code longer than " + maxLength + " characters")
                        : frame(body));
            } else if (!skipping && size > maxFrameBytes) {
                skipping = true;
            }
            if (skipping && size > suffix.length) {
                // keep only what could still begin the suffix
                System.arraycopy(buffer, size - suffix.length, buffer, 0, suffix.length);
                size = suffix.length;
            }
        }
        return frames;
    }

    /** Forgets a partial frame, so that the next code starts clean. */
    public void reset() {
        size = 0;
        skipping = false;
    }

    private Frame frame(byte[] body) {
        if (prefix.length > 0) {
            if (body.length < prefix.length || !Arrays.equals(body, 0, prefix.length, prefix, 0, prefix.length)) {
                return new Frame.Malformed("a frame without the prefix " + HexFormat.ofDelimiter(" ").formatHex(prefix)
                        + " (" + body.length + " bytes)");
            }
            body = Arrays.copyOfRange(body, prefix.length, body.length);
        }
        if (body.length == 0) {
            return new Frame.Malformed("an empty frame");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new Frame.Malformed("a frame that is not UTF-8 text (" + body.length + " bytes)");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return new Frame.Malformed("a frame with control characters (" + body.length + " bytes)");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return new Frame.Malformed("a code longer than " + maxLength + " characters");
        }
        return new Frame.Code(text);
    }

    private void append(byte b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[size++] = b;
    }

    private boolean endsWithSuffix() {
        return size >= suffix.length
                && Arrays.equals(buffer, size - suffix.length, size, suffix, 0, suffix.length);
    }
}
