package org.onetrip.kiosk.health;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the kiosk's health as Prometheus metrics on {@code http://127.0.0.1:PORT/metrics}.
 * Off unless a port is given, and bound to the loopback interface only: a collector on the
 * kiosk box (or an SSH tunnel) scrapes it; the hall's network never sees it.
 */
public final class PrometheusExporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PrometheusExporter.class);

    private final HttpServer server;
    private final ExecutorService thread;

    private PrometheusExporter(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    /**
     * Starts serving when a port is configured; empty otherwise.
     *
     * @param port   1 to 65535, or 0 for any free port (tests); empty keeps the exporter off
     * @param health taken anew for every scrape
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static Optional<PrometheusExporter> startIfEnabled(OptionalInt port, Supplier<HealthSnapshot> health) {
        if (port.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(start(port.getAsInt(), health));
    }

    /** Starts serving on the loopback port; 0 picks a free one (see {@link #port()}). */
    public static PrometheusExporter start(int port, Supplier<HealthSnapshot> health) {
        Objects.requireNonNull(health, "health");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("metrics port must be 0 to 65535, got " + port);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(thread);
        server.createContext("/", exchange -> serve(exchange, health));
        server.start();
        log.info("metrics on http://127.0.0.1:{}/metrics", server.getAddress().getPort());
        return new PrometheusExporter(server, thread);
    }

    /** Where it listens: always a loopback address. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }

    private static void serve(HttpExchange exchange, Supplier<HealthSnapshot> health) throws IOException {
        try (exchange) {
            if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 404, "text/plain; charset=utf-8", "only /metrics is served here\n");
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                reply(exchange, 405, "text/plain; charset=utf-8", "use GET\n");
                return;
            }
            String body;
            try {
                body = PrometheusText.write(health.get());
            } catch (RuntimeException e) {
                log.warn("metrics could not be gathered: {}", e.toString());
                reply(exchange, 500, "text/plain; charset=utf-8", "metrics could not be gathered\n");
                return;
            }
            reply(exchange, 200, PrometheusText.CONTENT_TYPE, body);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
