package org.onetrip.backend.transport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

/** Keeps a small body (a JSON document) in memory; the reading's limit bounds its size. */
final class MemorySink implements BodySink {

    private final ByteArrayOutputStream bytes;

    MemorySink(long expectedLength) {
        this.bytes = new ByteArrayOutputStream((int) Math.max(256, Math.min(expectedLength, 64 * 1024)));
    }

    @Override
    public void accept(ByteBuffer chunk) {
        byte[] copy = new byte[chunk.remaining()];
        chunk.get(copy);
        bytes.writeBytes(copy);
    }

    @Override
    public ReceivedBody finish() {
        return new ReceivedBody(bytes.toByteArray(), Optional.empty());
    }

    @Override
    public void discard() {
        bytes.reset();
    }
}
