package org.onetrip.devices.transport.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;

import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.TransportClosedException;

/**
 * A serial port through jSerialComm, 8N1 at a given baud rate. Reads are semi-blocking with
 * a timeout: they return as soon as data arrives. jSerialComm's booleans and -1 results are
 * turned into exceptions here and go no further.
 */
public final class SerialPortTransport implements ByteStreamTransport {
    private final String path;
    private final int baud;
    private SerialPort port;
    private int currentTimeoutMillis = -1;

    /**
     * @param path the device path, for example {@code /dev/ttyUSB0} or a symlink to one
     * @param baud the line speed in bits per second, for example 115200
     */
    public SerialPortTransport(String path, int baud) {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, was " + baud);
        }
        this.path = path;
        this.baud = baud;
    }

    @Override
    public void open() throws IOException {
        if (port != null) {
            return;
        }
        // a missing device node is the common "cable pulled" case: say so plainly
        if (path.startsWith("/") && !Files.exists(Path.of(path))) {
            throw new TransportClosedException("serial port " + path + " does not exist");
        }
        SerialPort candidate = SerialPort.getCommPort(path);
        candidate.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!candidate.openPort()) {
            throw new TransportClosedException("cannot open serial port " + path + " (error " + candidate.getLastErrorCode() + ")");
        }
        port = candidate;
        currentTimeoutMillis = -1;
    }

    @Override
    public boolean isOpen() {
        return port != null;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        SerialPort open = requireOpen();
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != currentTimeoutMillis) {
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
            currentTimeoutMillis = millis;
        }
        int n = open.readBytes(buffer, length, offset);
        if (n < 0 || !open.isOpen()) {
            throw new TransportClosedException("serial port " + path + " stopped answering reads (error " + open.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        SerialPort open = requireOpen();
        int written = 0;
        while (written < bytes.length) {
            int n = open.writeBytes(bytes, bytes.length - written, written);
            // jSerialComm answers 0 or -1 when the port has gone away
            if (n <= 0) {
                throw new TransportClosedException("serial port " + path + " refused a write (error " + open.getLastErrorCode() + ")");
            }
            written += n;
        }
    }

    @Override
    public void discardInput() throws IOException {
        SerialPort open = requireOpen();
        open.flushIOBuffers();
    }

    @Override
    public String describe() {
        return path + "@" + baud;
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private SerialPort requireOpen() throws IOException {
        if (port == null) {
            throw new TransportClosedException("serial port " + path + " is not open");
        }
        return port;
    }
}
