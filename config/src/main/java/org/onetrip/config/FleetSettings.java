package org.onetrip.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code fleet:} section of kiosk.yaml: the MQTT broker the kiosk reports to and takes signed
 * commands from (docs/fleet.md). Absent, the kiosk reports to no fleet.
 *
 * @param broker       {@code mqtts://HOST[:PORT]}, where the kiosk presents its enrolled identity;
 *                     {@code mqtt://} only to a broker on loopback, in development
 * @param region       the kiosk's region, one topic level
 * @param hall         the kiosk's hall, one topic level
 * @param operatorKey  the fleet operator's public key (a JWK file from {@code fleet keygen});
 *                     commands not signed by it are refused
 * @param brokerCa     the certificate authority of the broker's TLS certificate (PEM); empty: the
 *                     backend's authority, then the JDK's
 * @param user         a development broker's user name (loopback only, with {@code passwordFile})
 * @param passwordFile that user's password, in a file
 * @param eventLimit   events kept on disk while the broker cannot be reached
 */
public record FleetSettings(URI broker, String region, String hall, Path operatorKey, Optional<Path> brokerCa,
        Optional<String> user, Optional<Path> passwordFile, int eventLimit) {

    /** A region or hall: one MQTT topic level, as {@code fleet simulate} and the console name them. */
    public static final Pattern LEVEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final String LEVEL_EXPECTATION = "1 to 64 letters, digits, '-', '_' or '.'";
    public static final String BROKER_EXPECTATION = "mqtts://HOST[:PORT], or mqtt://127.0.0.1:PORT in development";
    public static final int MIN_EVENTS = 10;
    public static final int MAX_EVENTS = 100_000;
    public static final int DEFAULT_EVENTS = 1000;

    public FleetSettings {
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(operatorKey, "operatorKey");
        Objects.requireNonNull(brokerCa, "brokerCa");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordFile, "passwordFile");
        for (String level : List.of(region, hall)) {
            if (level == null || !LEVEL.matcher(level).matches()) {
                throw new IllegalArgumentException("region and hall must be " + LEVEL_EXPECTATION + ", got " + level);
            }
        }
        if (!"mqtts".equals(broker.getScheme()) && !("mqtt".equals(broker.getScheme()) && onLoopback(broker))) {
            throw new IllegalArgumentException("the fleet broker must be " + BROKER_EXPECTATION + ", got " + broker);
        }
        if (user.isPresent() != passwordFile.isPresent()) {
            throw new IllegalArgumentException("user and passwordFile go together");
        }
        if (user.isPresent() && !onLoopback(broker)) {
            throw new IllegalArgumentException("a password login is for a development broker on loopback; a kiosk"
                    + " presents its enrolled identity to " + broker.getHost());
        }
        if (eventLimit < MIN_EVENTS || eventLimit > MAX_EVENTS) {
            throw new IllegalArgumentException("eventLimit must be " + MIN_EVENTS + " to " + MAX_EVENTS);
        }
    }

    /** Whether the broker is on this machine. */
    public static boolean onLoopback(URI broker) {
        String host = broker.getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }
}
