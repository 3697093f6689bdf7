package org.onetrip.kiosk.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pass-through on loopback between the kiosk and the backend that can hold the calls to one path
 * until the test lets them go: the way to make an answer arrive late, exactly when the test wants,
 * without waiting on time. Every byte goes through unchanged.
 */
public final class HeldBackend implements AutoCloseable {

    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "expect");

    private final URI target;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "held-backend");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private String heldSuffix;
    private CountDownLatch gate = new CountDownLatch(0);
    private int held;

    public HeldBackend(URI backendBase) throws IOException {
        this.target = backendBase;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URI the kiosk uses instead of the backend's. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getPath());
    }

    /** From now on, calls whose path ends with {@code pathSuffix} wait here until {@link #release()}. */
    public void hold(String pathSuffix) {
        lock.lock();
        try {
            heldSuffix = pathSuffix;
            gate = new CountDownLatch(1);
            held = 0;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code count} calls are held; false on time-out. */
    public boolean awaitHeld(int count, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (held < count) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = arrived.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Lets the held calls go on to the backend; later calls are no longer held. */
    public void release() {
        lock.lock();
        try {
            heldSuffix = null;
            gate.countDown();
        } finally {
            lock.unlock();
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            waitIfHeld(exchange.getRequestURI().getRawPath());
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
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
            exchange.getResponseBody().write(out);
        }
    }

    private void waitIfHeld(String path) throws IOException {
        CountDownLatch wait;
        lock.lock();
        try {
            if (heldSuffix == null || !path.endsWith(heldSuffix)) {
                return;
            }
            wait = gate;
            held++;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            // bounded, so a test that forgets to release cannot leave a thread behind for ever
            if (!wait.await(60, TimeUnit.SECONDS)) {
                throw new IOException("held for a minute and never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while held", e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
