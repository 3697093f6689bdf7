package org.onetrip.devices.idcard.sam;

import java.util.Arrays;
import java.util.Optional;

/**
 * Cuts a byte stream from the reader line into frames. Bytes before a preamble are skipped
 * (and counted), so the stream resynchronises after garbage; a preamble followed by an
 * impossible length is skipped too. A frame is handed out once its length field is
 * satisfied; whether its checksum is right is for {@link SamFrameCodec} to say. Pure and
 * not thread-safe: one per reading thread.
 */
public final class SamFrameAssembler {
    private byte[] buffer = new byte[2048];
    private int size;
    private long skippedBytes;

    /** Adds received bytes. */
    public void feed(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** The next complete frame (preamble to checksum), if one has arrived. */
    public Optional<byte[]> nextFrame() {
        while (true) {
            int start = indexOfPreamble();
            if (start < 0) {
                // keep a possible partial preamble at the end
                int keep = Math.min(size, SamFrameCodec.PREAMBLE.length - 1);
                drop(size - keep);
                return Optional.empty();
            }
            drop(start);
            if (size < SamFrameCodec.HEADER_LENGTH) {
                return Optional.empty();
            }
            int length = SamFrameCodec.lengthField(buffer, 5);
            if (length < 2 || length > SamFrameCodec.MAX_LENGTH_FIELD) {
                drop(1);
                continue;
            }
            int total = SamFrameCodec.HEADER_LENGTH + length;
            if (size < total) {
                return Optional.empty();
            }
            byte[] frame = Arrays.copyOf(buffer, total);
            System.arraycopy(buffer, total, buffer, 0, size - total);
            size -= total;
            return Optional.of(frame);
        }
    }

    /** How many bytes are waiting, belonging to a frame not complete yet. */
    public int pendingBytes() {
        return size;
    }

    /** The frame length the pending bytes announce, or -1 when no header is complete yet. */
    public int expectedFrameLength() {
        if (size < SamFrameCodec.HEADER_LENGTH || indexOfPreamble() != 0) {
            return -1;
        }
        return SamFrameCodec.HEADER_LENGTH + SamFrameCodec.lengthField(buffer, 5);
    }

    /** Bytes skipped as garbage since creation. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** Forgets everything pending. */
    public void clear() {
        Arrays.fill(buffer, 0, size, (byte) 0);
        size = 0;
    }

    private int indexOfPreamble() {
        byte[] p = SamFrameCodec.PREAMBLE;
        outer:
        for (int i = 0; i + p.length <= size; i++) {
            for (int j = 0; j < p.length; j++) {
                if (buffer[i + j] != p[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void drop(int count) {
        if (count <= 0) {
            return;
        }
        skippedBytes += count;
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }
}
