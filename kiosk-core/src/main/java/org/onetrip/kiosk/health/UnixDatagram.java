package org.onetrip.kiosk.health;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

/**
 * Sends one datagram to an {@code AF_UNIX} socket through libc, which the JDK 17 cannot do
 * ({@code SocketChannel} in 16+ is stream only). Linux only. A path starting with {@code @}
 * names a socket in the abstract namespace, as systemd writes it in {@code NOTIFY_SOCKET}.
 */
final class UnixDatagram {
    static final int AF_UNIX = 1;
    static final int SOCK_DGRAM = 2;
    static final int SOCK_CLOEXEC = 0x80000;
    /** {@code sizeof(sun_path)} on Linux. */
    static final int PATH_MAX = 108;

    /** The few libc calls needed. */
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int socket(int domain, int type, int protocol) throws LastErrorException;

        NativeLong sendto(int fd, byte[] buffer, NativeLong length, int flags, byte[] address, int addressLength)
                throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private UnixDatagram() {
    }

    /** Sends {@code message} to the socket at {@code path}; blocks only as long as the kernel queues it. */
    static void send(String path, String message) throws IOException {
        byte[] address = address(path);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        int fd;
        try {
            fd = LibC.INSTANCE.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        } catch (LastErrorException e) {
            throw new IOException("cannot open an AF_UNIX datagram socket: errno " + e.getErrorCode(), e);
        }
        try {
            long sent = LibC.INSTANCE.sendto(fd, bytes, new NativeLong(bytes.length), 0, address, address.length).longValue();
            if (sent != bytes.length) {
                throw new IOException("sent " + sent + " of " + bytes.length + " bytes to " + path);
            }
        } catch (LastErrorException e) {
            throw new IOException("cannot send to " + path + ": errno " + e.getErrorCode(), e);
        } finally {
            LibC.INSTANCE.close(fd);
        }
    }

    /**
     * A {@code struct sockaddr_un} for the path, cut to its used length: the family in native
     * byte order, then the path (NUL-terminated, or after a NUL for the abstract namespace).
     */
    static byte[] address(String path) {
        boolean abstractName = path.startsWith("@");
        byte[] name = (abstractName ? path.substring(1) : path).getBytes(StandardCharsets.UTF_8);
        if (path.length() < 2 && abstractName || path.isEmpty()) {
            throw new IllegalArgumentException("an AF_UNIX socket path is needed, got '" + path + "'");
        }
        int pathBytes = abstractName ? 1 + name.length : name.length + 1;
        if (pathBytes > PATH_MAX) {
            throw new IllegalArgumentException("AF_UNIX socket path longer than " + (PATH_MAX - 1) + " bytes: " + path);
        }
        ByteBuffer address = ByteBuffer.allocate(2 + pathBytes).order(ByteOrder.nativeOrder());
        address.putShort((short) AF_UNIX);
        if (abstractName) {
            address.put((byte) 0);
        }
        address.put(name);
        // a filesystem path ends with the NUL the buffer already holds
        return address.array();
    }
}
