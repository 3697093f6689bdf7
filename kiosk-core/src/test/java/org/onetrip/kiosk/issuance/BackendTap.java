package org.onetrip.kiosk.issuance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.UnaryOperator;

/**
 * A pass-through on loopback between the kiosk and the reference backend: it tells when an issue
 * request arrives, and can rewrite the backend's issue answers (a PDF damaged on the way). Every
 * other byte goes through unchanged.
 */
final class BackendTap implements AutoCloseable {
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "expect");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "backend-tap");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** Each issue request's body, as it reaches the tap. */
    final LinkedBlockingQueue<String> issueRequests = new LinkedBlockingQueue<>();
    /** Each issue request's Idempotency-Key, in the same order. */
    final List<String> issueKeys = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile UnaryOperator<String> issueAnswers = UnaryOperator.identity();

    BackendTap(URI backendBase) throws IOException {
        this.target = backendBase;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URI the kiosk uses instead of the backend's. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getPath());
    }

    void rewriteIssueAnswers(UnaryOperator<String> rewrite) {
        this.issueAnswers = rewrite;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            boolean issue = path.endsWith("/certificates:issue");
            if (issue) {
                issueKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                issueRequests.add(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
            URI to = URI.create("http://" + target.getAuthority() + exchange.getRequestURI());
            HttpRequest.Builder request = HttpRequest.newBuilder(to)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            byte[] out = answer.body();
            if (issue && answer.statusCode() == 201) {
                out = issueAnswers.apply(new String(out, java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
