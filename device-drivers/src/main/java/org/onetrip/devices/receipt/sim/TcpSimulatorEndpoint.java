package org.onetrip.devices.receipt.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The simulator on a TCP port (raw, like port 9100 of a network printer), one client at a time. */
public final class TcpSimulatorEndpoint implements ReceiptPrinterSimulator.Endpoint {
    private static final Logger log = LoggerFactory.getLogger(TcpSimulatorEndpoint.class);

    private final ReceiptPrinterSimulator simulator;
    private final int requestedPort;
    private volatile int port;
    private volatile ServerSocket server;
    private volatile Socket client;

    TcpSimulatorEndpoint(ReceiptPrinterSimulator simulator, int port) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("TCP port must be 0..65535, was " + port);
        }
        this.simulator = simulator;
        this.requestedPort = port;
        comeOnline();
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    @Override
    public synchronized void comeOnline() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port == 0 ? requestedPort : port));
        port = socket.getLocalPort();
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "receipt-sim-tcp-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                s.setTcpNoDelay(true);
                Socket previous = client;
                client = s;
                if (previous != null) {
                    previous.close();
                }
                Thread reader = new Thread(() -> serve(s), "receipt-sim-tcp-" + port);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            ReceiptPrinterSimulator.Session session = simulator.session(bytes -> {
                out.write(bytes);
                out.flush();
            });
            byte[] buf = new byte[4096];
            int n;
            while ((n = in.read(buf)) >= 0) {
                session.receive(buf, n);
            }
        } catch (IOException e) {
            log.debug("simulator connection ended: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void goOffline() {
        closeQuietly(server);
        server = null;
        closeQuietly(client);
        client = null;
    }

    @Override
    public void close() {
        goOffline();
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the socket is being thrown away either way
            }
        }
    }
}
