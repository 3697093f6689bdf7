package org.onetrip.devices.transport;

import java.io.IOException;

/** The port went away or the peer closed the connection; reopening may heal it. */
public class TransportClosedException extends IOException {
    public TransportClosedException(String message) {
        super(message);
    }

    public TransportClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
