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
    private final int tlsPort;
    private final Path log;
    private final Thread stopAtExit;

    private LocalBroker(Process process, int port, int tlsPort, Path log) {
        this.process = process;
        this.port = port;
        this.tlsPort = tlsPort;
        this.log = log;
        // a process stopped by a signal closes nothing: the broker must not outlive it
        this.stopAtExit = new Thread(process::destroy, "mosquitto-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * A TLS listener that requires a client certificate issued by {@code caFile}, as a production
     * broker authenticates kiosks by their enrolled identity.
     *
     * @param caFile   the authority of the clients' certificates (PEM)
     * @param certFile the broker's certificate for 127.0.0.1 (PEM)
     * @param keyFile  its private key (PEM)
     */
    public record TlsListener(Path caFile, Path certFile, Path keyFile) {
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
        return start(directory, java.util.Optional.empty());
    }

    /** Starts a broker with a plain loopback listener and, if given, a TLS one beside it. */
    public static LocalBroker start(Path directory, java.util.Optional<TlsListener> tls) {
        try {
            Files.createDirectories(directory);
            int port = freePort();
            int tlsPort = tls.isPresent() ? freePort() : -1;
            String tlsLines = tls.map(t -> String.join("\n",
                    "listener " + tlsPort + " 127.0.0.1",
                    "cafile " + t.caFile().toAbsolutePath(),
                    "certfile " + t.certFile().toAbsolutePath(),
                    "keyfile " + t.keyFile().toAbsolutePath(),
                    "require_certificate true",
                    "use_identity_as_username true",
                    "")).orElse("");
            Path config = directory.resolve("mosquitto.conf");
            Path log = directory.resolve("mosquitto.log");
            Files.writeString(config, String.join("\n",
                    "# a fleet broker for one test or demo run: loopback only, nothing kept",
                    "listener " + port + " 127.0.0.1",
                    "allow_anonymous true",
                    "# started by root it would drop to the mosquitto user, who cannot read this directory",
                    "user " + System.getProperty("user.name"),
                    "persistence false",
                    "max_connections -1",
                    "max_queued_messages 10000",
                    "log_dest stderr",
                    "log_type error",
                    "log_type warning",
                    "") + "\n" + tlsLines);
            Process process = new ProcessBuilder(MOSQUITTO.toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LocalBroker broker = new LocalBroker(process, port, tlsPort, log);
            broker.awaitListening(Duration.ofSeconds(15));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** {@code mqtts://127.0.0.1:PORT} of the TLS listener. */
    public BrokerAddress tlsAddress() {
        if (tlsPort < 0) {
            throw new IllegalStateException("this broker has no TLS listener");
        }
        return new BrokerAddress("127.0.0.1", tlsPort, true);
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
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook stops it anyway
        }
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
