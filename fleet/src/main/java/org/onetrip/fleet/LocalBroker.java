package org.onetrip.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An Eclipse Mosquitto broker of our own on loopback, in the foreground, for the tests, the
 * benchmarks and the demo: a generated configuration with one listener on {@code 127.0.0.1},
 * anonymous clients allowed, nothing kept on disk. It never joins a network. Closing it stops it.
 */
public final class LocalBroker implements AutoCloseable {

    /** Where Debian's {@code mosquitto} package puts the broker. */
    public static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final int port;
    private final Path log;

    private LocalBroker(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether the broker is installed here ({@code ./onetrip test} installs it). */
    public static boolean installed() {
        return Files.isExecutable(MOSQUITTO);
    }

    /**
     * Starts a broker on a free loopback port and waits (at most 15 s) until it accepts connections.
     *
     * @param directory where its configuration and log go
     */
    public static LocalBroker start(Path directory) {
        try {
            Files.createDirectories(directory);
            int port = freePort();
            Path config = directory.resolve("mosquitto.conf");
            Path log = directory.resolve("mosquitto.log");
            Files.writeString(config, String.join("\n",
                    "# a fleet broker for one test or demo run: loopback only, nothing kept",
                    "listener " + port + " 127.0.0.1",
                    "allow_anonymous true",
                    "persistence false",
                    "max_connections -1",
                    "max_queued_messages 10000",
                    "log_dest stderr",
                    "log_type error",
                    "log_type warning",
                    "") + "\n");
            Process process = new ProcessBuilder(MOSQUITTO.toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LocalBroker broker = new LocalBroker(process, port, log);
            broker.awaitListening(Duration.ofSeconds(15));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code mqtt://127.0.0.1:PORT}. */
    public BrokerAddress address() {
        return new BrokerAddress("127.0.0.1", port, false);
    }

    private void awaitListening(Duration within) throws IOException {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto stopped at once: " + Files.readString(log).strip());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while mosquitto started");
                }
            }
        }
        close();
        throw new IOException("mosquitto did not listen on 127.0.0.1:" + port + " within " + within.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What the broker logged (errors and warnings). */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            return List.of();
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
            process.destroyForcibly();
        }
    }
}
