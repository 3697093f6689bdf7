package org.onetrip.fleet;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the fleet's MQTT broker listens: {@code mqtts://HOST:PORT} (TLS, the kiosk's enrolled
 * identity as its client certificate) or {@code mqtt://HOST:PORT} (plain, development only: a
 * local broker that lets anonymous or password clients in).
 *
 * @param host the broker's host
 * @param port its port (default 8883 over TLS, 1883 plain)
 * @param tls  whether the connection is TLS
 */
public record BrokerAddress(String host, int port, boolean tls) {

    public BrokerAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the broker address names no host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the broker port must be 1 to 65535, got " + port);
        }
    }

    /** Reads {@code mqtt://HOST[:PORT]} or {@code mqtts://HOST[:PORT]}; a clear error for anything else. */
    public static BrokerAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a broker address: '" + text + "' (use mqtts://HOST:PORT or,"
                    + " in development, mqtt://127.0.0.1:PORT)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        boolean tls = switch (scheme) {
            case "mqtts", "ssl" -> true;
            case "mqtt", "tcp" -> false;
            default -> throw new IllegalArgumentException("not a broker address: '" + text
                    + "' (use mqtts://HOST:PORT or, in development, mqtt://127.0.0.1:PORT)");
        };
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("the broker address '" + text + "' names no host");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException("the broker address '" + text + "' has a path; MQTT brokers take none");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 8883 : 1883;
        return new BrokerAddress(uri.getHost(), port, tls);
    }

    /** Whether the broker is on this machine (plain connections are for development on loopback). */
    public boolean onLoopback() {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    @Override
    public String toString() {
        return (tls ? "mqtts://" : "mqtt://") + host + ":" + port;
    }
}
