package org.onetrip.backend.transport;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;

/**
 * After a refusal was sent while the client was still sending its body: reads the rest and
 * throws it away, up to a cap, before the connection is closed. Closing a socket with unread
 * bytes makes the kernel send a reset, and a client that is still writing then loses the
 * refusal it was sent; draining first lets it read the 413 (or 401, 415) it is owed. Holds no
 * thread between arrivals, and keeps nothing.
 */
final class UnreadBodyDrain implements Runnable {

    private final Request request;
    private final long cap;
    private final Callback done;
    private long discarded;

    /**
     * @param cap  bytes to throw away at most; beyond them the connection is closed regardless
     * @param done completed when the body ended, the cap was reached or the client went away
     */
    UnreadBodyDrain(Request request, long cap, Callback done) {
        this.request = request;
        this.cap = cap;
        this.done = done;
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
                done.failed(chunk.getFailure());
                return;
            }
            discarded += chunk.remaining();
            boolean last = chunk.isLast();
            chunk.release();
            if (last || discarded > cap) {
                done.succeeded();
                return;
            }
        }
    }
}
