package org.onetrip.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback between a kiosk and the broker, which a test cuts (every connection
 * dropped, new ones refused as a network that is down would) and mends.
 */
final class CuttableLink implements AutoCloseable {

    private final ServerSocket server;
    private final int brokerPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    CuttableLink(int brokerPort) throws IOException {
        this.brokerPort = brokerPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "link-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    BrokerAddress address() {
        return new BrokerAddress("127.0.0.1", server.getLocalPort(), false);
    }

    void cut() {
        cut = true;
        open.forEach(CuttableLink::quietlyClose);
        open.clear();
    }

    void mend() {
        cut = false;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket kiosk = server.accept();
                if (cut) {
                    kiosk.close();
                    continue;
                }
                Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
                open.add(kiosk);
                open.add(broker);
                pump(kiosk, broker);
                pump(broker, kiosk);
            } catch (IOException e) {
                // closed, or one connection failed: the next is accepted
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                quietlyClose(from);
                quietlyClose(to);
            }
        }, "link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietlyClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
    }
}
