package org.onetrip.devices.idcard.sim;

import java.io.IOException;
import java.time.Duration;

/** The simulator's end of a byte stream: the master of a pseudo-terminal, or a TCP server. */
public interface SimulatorLink extends AutoCloseable {
    /** Reads what the driver sent; 0 when nothing came within the timeout. */
    int read(byte[] buffer, Duration timeout) throws IOException;

    void write(byte[] bytes, int offset, int length) throws IOException;

    /** Where a driver connects, for example {@code /dev/pts/4} or {@code 127.0.0.1:40123}. */
    String address();

    @Override
    void close();
}
