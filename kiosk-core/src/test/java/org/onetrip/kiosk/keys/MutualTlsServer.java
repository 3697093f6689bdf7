package org.onetrip.kiosk.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on loopback that needs a client certificate: it takes one connection, completes
 * the handshake, remembers what the client presented and answers {@code welcome}.
 */
final class MutualTlsServer implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final SSLServerSocket socket;
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor(r -> new Thread(r, "mutual-tls-server"));
    private final CompletableFuture<SSLSession> session = new CompletableFuture<>();

    MutualTlsServer(SSLContext context) throws IOException {
        socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket.setNeedClientAuth(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        acceptor.execute(this::serveOne);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The server's side of the handshake with the first client, once it completed. */
    SSLSession handshake() throws Exception {
        return session.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The certificate the first client presented. */
    X509Certificate clientCertificate() throws Exception {
        return (X509Certificate) handshake().getPeerCertificates()[0];
    }

    /** Connects with {@code client} over {@code protocol} and returns the server's first line. */
    static String connect(SSLContext client, int port, String protocol) throws IOException {
        try (SSLSocket connection = (SSLSocket) client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), port)) {
            connection.setSoTimeout(TIMEOUT_MILLIS);
            connection.setEnabledProtocols(new String[] {protocol});
            connection.startHandshake();
            // in TLS 1.3 the client's certificate is checked after the client's handshake ends: reading proves it was accepted
            return new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }

    private void serveOne() {
        try (SSLSocket client = (SSLSocket) socket.accept()) {
            client.setSoTimeout(TIMEOUT_MILLIS);
            client.startHandshake();
            session.complete(client.getSession());
            OutputStream out = client.getOutputStream();
            out.write("welcome\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            session.completeExceptionally(e);
        }
    }

    @Override
    public void close() throws Exception {
        socket.close();
        acceptor.shutdown();
        if (!acceptor.awaitTermination(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the TLS server's thread did not end");
        }
    }
}
