package org.onetrip.kiosk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Debian's nginx as a reverse proxy on loopback in front of a backend, with nginx's defaults,
 * among them {@code client_max_body_size 1m}: a larger request body is answered 413 by nginx,
 * with its HTML page, and never reaches the backend. One process ({@code master_process off}),
 * in the foreground, its configuration, logs and temporary files in a directory of its own;
 * it listens on 127.0.0.1 only.
 */
public final class NginxProxy implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Path directory;
    private final int port;

    private NginxProxy(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** Starts nginx in {@code directory}, passing everything to {@code backend} (e.g. {@code http://127.0.0.1:PORT}). */
    public static NginxProxy inFrontOf(URI backend, Path directory) throws IOException {
        String nginx = binary();
        Files.createDirectories(directory);
        int port = freePort();
        Path conf = directory.resolve("nginx.conf");
        Path errors = directory.resolve("error.log");
        String d = directory.toAbsolutePath().toString();
        Files.writeString(conf, String.join("\n",
                "daemon off;",
                "master_process off;",
                "worker_processes 1;",
                "pid " + d + "/nginx.pid;",
                "error_log " + errors + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + d + "/client-body;",
                "  proxy_temp_path " + d + "/proxy;",
                "  fastcgi_temp_path " + d + "/fastcgi;",
                "  uwsgi_temp_path " + d + "/uwsgi;",
                "  scgi_temp_path " + d + "/scgi;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location / { proxy_pass " + backend.getScheme() + "://" + backend.getAuthority() + "; }",
                "  }",
                "}", ""), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(List.of(nginx, "-e", errors.toString(), "-p", d, "-c", conf.toString()))
                .redirectErrorStream(true).redirectOutput(directory.resolve("output.log").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, directory, port);
        proxy.awaitListening();
        return proxy;
    }

    /** Where the proxy listens, {@code http://127.0.0.1:PORT}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** What nginx logged, for a failure's message. */
    public String errorLog() {
        try {
            return Files.readString(directory.resolve("error.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** nginx says nothing when it is ready; it is once its port takes a connection. */
    private void awaitListening() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    close();
                    throw new IllegalStateException("nginx exited at start: " + errorLog() + output());
                }
                if (System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("nginx did not listen within " + START_TIMEOUT + ": " + errorLog());
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private String output() {
        try {
            return Files.readString(directory.resolve("output.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String binary() {
        Optional<Path> found = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("/usr/sbin", "/usr/bin", "/sbin", "/bin"),
                        java.util.Arrays.stream(Optional.ofNullable(System.getenv("PATH")).orElse("").split(":")))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "nginx")).filter(Files::isExecutable).findFirst();
        return found.map(Path::toString).orElseThrow(() -> new IllegalStateException("nginx is not installed: the"
                + " outbox's proxy test runs a real nginx on loopback; run the tests through ./onetrip test, which"
                + " installs it (apt package nginx)"));
    }
}
