package org.onetrip.devices.idcard.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A simulator link that serves one TCP client at a time, like a serial-to-Ethernet converter. */
public final class TcpServerLink implements SimulatorLink {
    private final ServerSocket server;
    private Socket client;

    /** Listens on the loopback interface; port 0 picks a free port. */
    public TcpServerLink(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, timeout.toMillis());
        if (client == null) {
            server.setSoTimeout(millis);
            try {
                client = server.accept();
                client.setTcpNoDelay(true);
            } catch (SocketTimeoutException e) {
                return 0;
            }
        }
        client.setSoTimeout(millis);
        try {
            int n = client.getInputStream().read(buffer);
            if (n < 0) {
                dropClient();
                return 0;
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            dropClient();
            return 0;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (client == null) {
            return;
        }
        client.getOutputStream().write(bytes, offset, length);
        client.getOutputStream().flush();
    }

    @Override
    public String address() {
        return "127.0.0.1:" + port();
    }

    @Override
    public void close() {
        dropClient();
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing is left to release
        }
    }

    private void dropClient() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // the client is gone either way
            }
            client = null;
        }
    }
}
