package org.onetrip.backend.transport;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.onetrip.backend.http.RequestLimits;

/**
 * The backend's listening socket: a Jetty server with one HTTP/1.1 connector on the given
 * address, over TLS that asks for (but does not demand) a client certificate, or plain for a
 * test double; non-blocking I/O, the idle time-out, header-size and connection limits of
 * {@link RequestLimits}, and a bounded pool of daemon worker threads. A client certificate the
 * handshake accepted reaches the request through {@link SecureRequestCustomizer}.
 *
 * <p>One instance listens once: {@link #close} it and open a new one to listen again.
 */
public final class HttpListener implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private HttpListener(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts listening.
     *
     * @param port       TCP port, or 0 for any free one (see {@link #port()})
     * @param tls        the server's certificate and how client certificates are checked; empty for plain HTTP
     * @param exchange   serves every request
     * @param errorPage  answers what Jetty refuses itself (malformed requests, headers too large)
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static HttpListener open(InetAddress address, int port, RequestLimits limits, Optional<SSLContext> tls,
                                    Handler exchange, Request.Handler errorPage) {
        QueuedThreadPool workers = new QueuedThreadPool(limits.workerThreads(), 4);
        workers.setName("backend-http");
        workers.setDaemon(true);
        Server server = new Server(workers, new ScheduledExecutorScheduler("backend-http-timer", true), null);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.headerBytes());
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        ServerConnector connector;
        if (tls.isPresent()) {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // kiosks reach the backend by address, and the server certificate names its addresses
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setSslContext(tls.get());
            // asked, not demanded: the enrolment call comes from a kiosk that has no certificate yet
            ssl.setWantClientAuth(true);
            ssl.setNeedClientAuth(false);
            connector = new ServerConnector(server, 1, 1,
                    new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(http));
        } else {
            connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        }
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setHandler(new GracefulHandler(exchange));
        server.setErrorHandler(errorPage);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new UncheckedIOException("cannot listen on port " + port,
                    e instanceof IOException io ? io : new IOException(e));
        }
        return new HttpListener(server, connector);
    }

    /** The bound port. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Stops accepting connections at once, lets the answers under way finish for up to
     * {@code grace}, then closes everything.
     */
    public void closeAfter(Duration grace) {
        server.setStopTimeout(grace.toMillis());
        stopQuietly(server);
    }

    /** Closes every connection now; answers under way are lost. */
    @Override
    public void close() {
        closeAfter(Duration.ZERO);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the threads are daemons and the socket is closed either way
        }
    }
}
