package org.onetrip.devices.transport;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte stream to a device: a serial port, or a TCP connection to a serial-to-Ethernet
 * converter. Used from one thread at a time (the device thread).
 */
public interface ByteStreamTransport extends AutoCloseable {

    /** Opens the connection if it is not open. Throws when the port or host is missing. */
    void open() throws IOException;

    boolean isOpen();

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read, 0 when nothing arrived within the timeout
     * @throws TransportClosedException when the port disappeared or the peer closed
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Writes all bytes. */
    void write(byte[] bytes) throws IOException;

    /** Drops bytes already received but not read, so a new exchange starts clean. */
    void discardInput() throws IOException;

    /** Where this transport goes, for technicians: a port path or host:port. */
    String describe();

    /** Closes the connection. Idempotent; never throws. */
    @Override
    void close();
}
