package org.onetrip.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.kiosk.time.ManualTime;

/**
 * The notifications reach a real AF_UNIX datagram socket, made here through libc as systemd
 * makes its own: bound to a path, or to a name in the abstract namespace.
 */
class SystemdNotifierTest {
    /** The receiving side's libc calls. */
    interface ReceivingLibC extends Library {
        ReceivingLibC INSTANCE = Native.load("c", ReceivingLibC.class);
        int MSG_DONTWAIT = 0x40;

        int socket(int domain, int type, int protocol) throws LastErrorException;

        int bind(int fd, byte[] address, int length) throws LastErrorException;

        NativeLong recv(int fd, byte[] buffer, NativeLong length, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    @TempDir
    Path dir;
    private final List<Integer> sockets = new ArrayList<>();
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @AfterEach
    void closeSockets() {
        sockets.forEach(ReceivingLibC.INSTANCE::close);
    }

    private int listen(String address) {
        int fd = ReceivingLibC.INSTANCE.socket(UnixDatagram.AF_UNIX, UnixDatagram.SOCK_DGRAM, 0);
        sockets.add(fd);
        byte[] sockaddr = UnixDatagram.address(address);
        ReceivingLibC.INSTANCE.bind(fd, sockaddr, sockaddr.length);
        return fd;
    }

    /** The messages queued on the socket; a datagram is queued by the time sendto returns, so nothing is waited for. */
    private static List<String> drain(int fd) {
        List<String> messages = new ArrayList<>();
        byte[] buffer = new byte[4096];
        while (true) {
            try {
                long n = ReceivingLibC.INSTANCE.recv(fd, buffer, new NativeLong(buffer.length), ReceivingLibC.MSG_DONTWAIT).longValue();
                messages.add(new String(buffer, 0, (int) n, StandardCharsets.UTF_8));
            } catch (LastErrorException e) {
                return messages; // EAGAIN: nothing more queued
            }
        }
    }

    @Test
    void readyWatchdogAndStoppingReachTheSocketNamedInNotifySocket() {
        String path = dir.resolve("notify").toString();
        int fd = listen(path);
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path)).orElseThrow();

        assertThat(notifier.ready()).isTrue();
        assertThat(notifier.status("in service")).isTrue();
        assertThat(notifier.watchdog()).isTrue();
        assertThat(notifier.stopping()).isTrue();

        assertThat(drain(fd)).containsExactly("READY=1", "STATUS=in service", "WATCHDOG=1", "STOPPING=1");
    }

    @Test
    void anAbstractSocketNameWorksToo() {
        String name = "@onetrip-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        int fd = listen(name);

        assertThat(new SystemdNotifier(name).ready()).isTrue();

        assertThat(drain(fd)).containsExactly("READY=1");
    }

    @Test
    void withoutNotifySocketThereIsNoNotifier() {
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void aSocketThatIsGoneIsReportedNotThrown() {
        assertThat(new SystemdNotifier(dir.resolve("nobody-listens").toString()).ready()).isFalse();
    }

    @Test
    void theWatchdogIntervalIsHalfOfWatchdogUsecForThisProcess() {
        long pid = ProcessHandle.current().pid();
        assertThat(SystemdNotifier.watchdogInterval(Map.of("WATCHDOG_USEC", "60000000"), pid)).contains(Duration.ofSeconds(30));
        assertThat(SystemdNotifier.watchdogInterval(Map.of("WATCHDOG_USEC", "60000000", "WATCHDOG_PID", Long.toString(pid)), pid))
                .contains(Duration.ofSeconds(30));
        assertThat(SystemdNotifier.watchdogInterval(Map.of("WATCHDOG_USEC", "60000000", "WATCHDOG_PID", "1"), pid)).isEmpty();
        assertThat(SystemdNotifier.watchdogInterval(Map.of(), pid)).isEmpty();
        assertThat(SystemdNotifier.watchdogInterval(Map.of("WATCHDOG_USEC", "soon"), pid)).isEmpty();
    }

    @Test
    void theWatchdogIsPingedOnlyWhileTheKioskAnswers() {
        String path = dir.resolve("watchdog").toString();
        int fd = listen(path);
        AtomicBoolean alive = new AtomicBoolean(true);
        try (SystemdWatchdog watchdog = new SystemdWatchdog(new SystemdNotifier(path), alive::get, time, Duration.ofSeconds(30))) {
            watchdog.start();
            time.advance(Duration.ZERO);
            time.advance(Duration.ofSeconds(30));
            assertThat(drain(fd)).containsExactly("WATCHDOG=1", "WATCHDOG=1");

            alive.set(false);
            time.advance(Duration.ofSeconds(90));
            assertThat(drain(fd)).as("no pings while the screen does not answer").isEmpty();

            alive.set(true);
            time.advance(Duration.ofSeconds(30));
            assertThat(drain(fd)).containsExactly("WATCHDOG=1");
        }
    }

    @Test
    void aPathTooLongForSockaddrUnIsRefusedAtOnce() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SystemdNotifier("/" + "x".repeat(120)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 107");
    }
}
