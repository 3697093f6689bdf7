package org.onetrip.backend.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads one request body as it arrives, within a limit, into a {@link BodySink}. Between
 * arrivals it holds no thread: it asks Jetty to call it again when more bytes come
 * ({@link Request#demand}), so a client that sends slowly or stops half-way costs a
 * connection, not a worker. Exactly one method of {@link Completion} is called, once.
 */
final class BodyReading implements Runnable {

    /** How a reading ends. */
    interface Completion {
        void read(ReceivedBody body);

        /** More than the limit arrived; nothing was kept. */
        void tooLarge();

        /** The client failed or went quiet for longer than the idle time-out. */
        void clientFailed(Throwable cause);

        /** The body could not be kept (e.g. the disk is full). */
        void sinkFailed(IOException cause);
    }

    private final Request request;
    private final long limit;
    private final BodySink sink;
    private final Completion completion;
    private long received;

    BodyReading(Request request, long limit, BodySink sink, Completion completion) {
        this.request = request;
        this.limit = limit;
        this.sink = sink;
        this.completion = completion;
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                sink.discard();
                completion.clientFailed(chunk.getFailure());
                return;
            }
            boolean last = chunk.isLast();
            try {
                ByteBuffer bytes = chunk.getByteBuffer();
                received += bytes.remaining();
                if (received > limit) {
                    sink.discard();
                    completion.tooLarge();
                    return;
                }
                if (bytes.hasRemaining()) {
                    sink.accept(bytes);
                }
            } catch (IOException e) {
                sink.discard();
                completion.sinkFailed(e);
                return;
            } finally {
                chunk.release();
            }
            if (last) {
                finish();
                return;
            }
        }
    }

    private void finish() {
        ReceivedBody body;
        try {
            body = sink.finish();
        } catch (IOException e) {
            sink.discard();
            completion.sinkFailed(e);
            return;
        }
        completion.read(body);
    }
}
