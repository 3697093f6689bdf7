package org.onetrip.kiosk.health;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd how the kiosk is ({@code sd_notify}): {@code READY=1} once the kiosk serves,
 * {@code WATCHDOG=1} while it is healthy, {@code STOPPING=1} on the way out. Messages go as
 * datagrams to the socket systemd names in {@code NOTIFY_SOCKET}; without that variable
 * (not started by systemd, or not {@code Type=notify}) there is no notifier.
 */
public final class SystemdNotifier {
    private static final Logger log = LoggerFactory.getLogger(SystemdNotifier.class);

    private final String socket;

    /** @param socket the value of {@code NOTIFY_SOCKET}: a path, or {@code @name} in the abstract namespace */
    public SystemdNotifier(String socket) {
        this.socket = Objects.requireNonNull(socket, "socket");
        UnixDatagram.address(socket);
    }

    /** The notifier systemd asked for through the environment, if any ({@code System.getenv()} in production). */
    public static Optional<SystemdNotifier> fromEnvironment(Map<String, String> environment) {
        String socket = environment.get("NOTIFY_SOCKET");
        return socket == null || socket.isBlank() ? Optional.empty() : Optional.of(new SystemdNotifier(socket));
    }

    /**
     * How often to ping the watchdog: half of {@code WATCHDOG_USEC}, as systemd advises; empty
     * when the unit has no watchdog, or when {@code WATCHDOG_PID} names another process.
     */
    public static Optional<Duration> watchdogInterval(Map<String, String> environment, long ownPid) {
        String usec = environment.get("WATCHDOG_USEC");
        String pid = environment.get("WATCHDOG_PID");
        if (usec == null) {
            return Optional.empty();
        }
        try {
            if (pid != null && Long.parseLong(pid.trim()) != ownPid) {
                return Optional.empty();
            }
            long micros = Long.parseLong(usec.trim());
            return micros <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(micros * 1000 / 2));
        } catch (NumberFormatException e) {
            log.warn("WATCHDOG_USEC or WATCHDOG_PID is not a number; no watchdog pings");
            return Optional.empty();
        }
    }

    /** The kiosk is up and serving. */
    public boolean ready() {
        return send("READY=1");
    }

    /** The kiosk is alive: the watchdog timer starts again. */
    public boolean watchdog() {
        return send("WATCHDOG=1");
    }

    /** The kiosk is shutting down on purpose. */
    public boolean stopping() {
        return send("STOPPING=1");
    }

    /** A one-line status shown by {@code systemctl status}. */
    public boolean status(String text) {
        return send("STATUS=" + text.replace('\n', ' '));
    }

    /** Sends one message; false (and a log line) when it could not go. */
    private boolean send(String message) {
        try {
            UnixDatagram.send(socket, message);
            return true;
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("systemd notification {} not sent: {}", message, e.toString());
            return false;
        }
    }
}
