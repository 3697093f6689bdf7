package org.onetrip.devices.transport.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.TransportClosedException;

/** A TCP connection to a serial-to-Ethernet converter (raw TCP mode) or a simulator. */
public final class TcpTransport implements ByteStreamTransport {
    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private Socket socket;
    private InputStream in;

    public TcpTransport(String host, int port, Duration connectTimeout) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TCP port must be 1..65535, was " + port);
        }
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public void open() throws IOException {
        if (socket != null) {
            return;
        }
        Socket candidate = new Socket();
        try {
            candidate.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            candidate.setTcpNoDelay(true);
        } catch (IOException e) {
            candidate.close();
            throw new TransportClosedException("cannot connect to " + describe() + ": " + e.getMessage(), e);
        }
        socket = candidate;
        in = candidate.getInputStream();
    }

    @Override
    public boolean isOpen() {
        return socket != null;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        requireOpen();
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                throw new TransportClosedException("connection to " + describe() + " closed by the peer");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        requireOpen();
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new TransportClosedException("write to " + describe() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws IOException {
        requireOpen();
        int available = in.available();
        if (available > 0) {
            in.skipNBytes(available);
        }
    }

    @Override
    public String describe() {
        return host + ":" + port;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that is already broken has nothing left to report
            }
            socket = null;
            in = null;
        }
    }

    private void requireOpen() throws IOException {
        if (socket == null) {
            throw new TransportClosedException(describe() + " is not connected");
        }
    }
}
