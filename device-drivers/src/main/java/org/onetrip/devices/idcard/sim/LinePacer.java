package org.onetrip.devices.idcard.sim;

import java.util.concurrent.locks.LockSupport;

/**
 * Holds writes back to the speed of a serial line: 10 bit times per byte (8N1). With pacing
 * off, every wait is zero, so tests run at memory speed.
 */
final class LinePacer {
    private static final int CHUNK = 16;
    private final long nanosPerByte;

    /** @param baud line speed; 0 switches pacing off */
    LinePacer(int baud) {
        this.nanosPerByte = baud <= 0 ? 0 : 10_000_000_000L / baud;
    }

    boolean isPacing() {
        return nanosPerByte > 0;
    }

    /** Waits as long as {@code byteCount} bytes take on the line. */
    void waitFor(int byteCount) {
        parkUntil(System.nanoTime() + nanosPerByte * byteCount);
    }

    /** Writes in small chunks, each released when the line would have sent it. */
    void write(byte[] bytes, ChunkWriter out) throws java.io.IOException {
        if (nanosPerByte == 0) {
            out.write(bytes, 0, bytes.length);
            return;
        }
        long start = System.nanoTime();
        for (int offset = 0; offset < bytes.length; offset += CHUNK) {
            int length = Math.min(CHUNK, bytes.length - offset);
            parkUntil(start + nanosPerByte * offset);
            out.write(bytes, offset, length);
        }
        parkUntil(start + nanosPerByte * bytes.length);
    }

    private static void parkUntil(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    interface ChunkWriter {
        void write(byte[] bytes, int offset, int length) throws java.io.IOException;
    }
}
