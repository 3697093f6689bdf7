package org.onetrip.backend.transport;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Where a request body goes while it arrives. Used by one reading at a time. */
interface BodySink {

    void accept(ByteBuffer bytes) throws IOException;

    /** The body is complete. */
    ReceivedBody finish() throws IOException;

    /** The body will not be used: let go of what was kept. */
    void discard();
}
