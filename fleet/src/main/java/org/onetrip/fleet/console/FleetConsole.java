package org.onetrip.fleet.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.onetrip.fleet.CommandName;
import org.onetrip.fleet.CommandReply;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.FleetOperator;
import org.onetrip.fleet.FleetWatch;
import org.onetrip.fleet.KioskRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet on a web page, on loopback only: {@code /} lists every kiosk (state, supplies,
 * alerts, last seen; filtered by region and hall) and updates every second from
 * {@code /api/kiosks}; {@code /kiosk.html?id=ID} shows one kiosk's devices and recent events, with
 * a button per command ({@code POST /api/kiosks/ID/commands}, answered with the kiosk's
 * acknowledgement). Requests naming another host are refused, so no other web page can drive it.
 */
public final class FleetConsole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FleetConsole.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final FleetWatch watch;
    private final Optional<FleetOperator> operator;
    private final Duration ackWithin;
    private final FleetJson json;

    private FleetConsole(HttpServer server, ExecutorService threads, FleetWatch watch, Optional<FleetOperator> operator,
            Duration ackWithin, FleetJson json) {
        this.server = server;
        this.threads = threads;
        this.watch = watch;
        this.operator = operator;
        this.ackWithin = ackWithin;
        this.json = json;
    }

    /**
     * Serves on {@code 127.0.0.1:port} (0: any free port).
     *
     * @param operator sends commands; empty: the page shows the fleet only
     */
    public static FleetConsole start(int port, FleetWatch watch, Optional<FleetOperator> operator, Duration ackWithin,
            FleetJson json) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the fleet console on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "fleet-console");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        FleetConsole console = new FleetConsole(server, threads, watch, operator, ackWithin, json);
        server.createContext("/", console::serve);
        server.start();
        return console;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("");
            if (!host.equals("127.0.0.1:" + port()) && !host.equals("localhost:" + port())) {
                reply(exchange, 403, "text/plain; charset=utf-8", bytes("the fleet console answers on 127.0.0.1 only\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
                page(exchange, "index.html");
            } else if (method.equals("GET") && path.equals("/kiosk.html")) {
                page(exchange, "kiosk.html");
            } else if (method.equals("GET") && path.equals("/console.css")) {
                reply(exchange, 200, "text/css; charset=utf-8", resource("console.css"));
            } else if (method.equals("GET") && path.equals("/api/kiosks")) {
                replyJson(exchange, 200, Map.of("commands", operator.isPresent(),
                        "kiosks", watch.kiosks().stream().map(FleetConsole::summary).toList()));
            } else if (method.equals("GET") && path.startsWith("/api/kiosks/")) {
                String id = path.substring("/api/kiosks/".length());
                Optional<KioskRecord> kiosk = watch.kiosk(id);
                if (kiosk.isEmpty()) {
                    replyJson(exchange, 404, Map.of("error", "no kiosk " + id));
                } else {
                    Map<String, Object> facts = summary(kiosk.get());
                    facts.put("status", kiosk.get().status().orElse(null));
                    facts.put("events", kiosk.get().events());
                    facts.put("commands", operator.isPresent());
                    replyJson(exchange, 200, facts);
                }
            } else if (method.equals("POST") && path.startsWith("/api/kiosks/") && path.endsWith("/commands")) {
                command(exchange, path.substring("/api/kiosks/".length(), path.length() - "/commands".length()));
            } else {
                reply(exchange, 404, "text/plain; charset=utf-8", bytes("not here\n"));
            }
        } catch (RuntimeException e) {
            log.warn("fleet console request failed: {}", e.toString());
        }
    }

    private void command(HttpExchange exchange, String id) throws IOException {
        if (operator.isEmpty()) {
            replyJson(exchange, 403, Map.of("error", "this console has no operator key: it sends no commands"));
            return;
        }
        Optional<KioskRecord> kiosk = watch.kiosk(id);
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = json.mapper().readTree(in.readNBytes(8192));
        } catch (IOException e) {
            replyJson(exchange, 400, Map.of("error", "not JSON"));
            return;
        }
        Optional<CommandName> name = CommandName.of(body.path("command").asText(""));
        List<String> arguments = body.path("arguments").isArray()
                ? java.util.stream.StreamSupport.stream(body.path("arguments").spliterator(), false)
                        .map(JsonNode::asText).toList()
                : List.of();
        if (kiosk.isEmpty() || name.isEmpty() || arguments.size() != name.get().arguments()) {
            replyJson(exchange, 400, Map.of("error", kiosk.isEmpty() ? "no kiosk " + id
                    : "one of " + CommandName.words()));
            return;
        }
        try {
            CommandReply reply = operator.get().send(kiosk.get().place(), name.get(), arguments)
                    .get(ackWithin.toMillis(), TimeUnit.MILLISECONDS);
            replyJson(exchange, 200, reply);
        } catch (TimeoutException e) {
            replyJson(exchange, 504, Map.of("error", "no acknowledgement within " + ackWithin.toSeconds() + " s"));
        } catch (Exception e) {
            replyJson(exchange, 502, Map.of("error", "not sent: " + e.getMessage()));
        }
    }

    private static Map<String, Object> summary(KioskRecord kiosk) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kiosk", kiosk.kiosk());
        facts.put("region", kiosk.place().region());
        facts.put("hall", kiosk.place().hall());
        facts.put("online", kiosk.online());
        facts.put("state", kiosk.state());
        facts.put("supplies", kiosk.status().map(s -> s.supplies()).orElse(List.of()));
        facts.put("alerts", kiosk.alerts());
        facts.put("lastSeen", kiosk.lastSeen().toString());
        facts.put("version", kiosk.version());
        return facts;
    }

    private void page(HttpExchange exchange, String name) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'");
        reply(exchange, 200, "text/html; charset=utf-8", resource(name));
    }

    private void replyJson(HttpExchange exchange, int status, Object body) throws IOException {
        reply(exchange, status, "application/json", json.write(body));
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FleetConsole.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the console's " + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
