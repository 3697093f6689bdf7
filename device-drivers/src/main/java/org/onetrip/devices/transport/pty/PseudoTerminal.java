package org.onetrip.devices.transport.pty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

import org.onetrip.devices.transport.TransportClosedException;

/**
 * A pseudo-terminal pair made with libc's {@code posix_openpt}: this object owns the master
 * side, and a serial driver opens {@link #slavePath()} as if it were a serial port. Used by
 * simulators and tests, so no external tool (socat) is needed. Linux only (the open flags
 * and the termios size are Linux's).
 *
 * <p>The pair is kept in raw mode, and a descriptor on the slave is held open so the master
 * never sees a hang-up while the driver closes and reopens its port.
 */
public final class PseudoTerminal implements AutoCloseable {
    private static final int O_RDWR = 0x2;
    private static final int O_NOCTTY = 0x100;
    private static final short POLLIN = 0x1;
    private static final int TCSANOW = 0;
    private static final int TERMIOS_SIZE = 128;

    private final LibC libc;
    private final int master;
    private final int heldSlave;
    private final String slavePath;
    private Path link;
    private volatile boolean closed;

    interface LibC extends Library {
        int posix_openpt(int flags);

        int grantpt(int fd);

        int unlockpt(int fd);

        String ptsname(int fd);

        int open(String path, int flags);

        int close(int fd);

        NativeLong read(int fd, byte[] buffer, NativeLong count);

        NativeLong write(int fd, byte[] buffer, NativeLong count);

        int poll(Pointer fds, NativeLong nfds, int timeoutMillis);

        int tcgetattr(int fd, Pointer termios);

        int tcsetattr(int fd, int action, Pointer termios);

        void cfmakeraw(Pointer termios);
    }

    private PseudoTerminal(LibC libc, int master, int heldSlave, String slavePath) {
        this.libc = libc;
        this.master = master;
        this.heldSlave = heldSlave;
        this.slavePath = slavePath;
    }

    /** Creates a new pair. */
    public static PseudoTerminal open() throws IOException {
        LibC libc = Native.load("c", LibC.class);
        int master = libc.posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0) {
            throw new IOException("posix_openpt failed (errno " + Native.getLastError() + ")");
        }
        if (libc.grantpt(master) != 0 || libc.unlockpt(master) != 0) {
            libc.close(master);
            throw new IOException("grantpt/unlockpt failed (errno " + Native.getLastError() + ")");
        }
        String slave = libc.ptsname(master);
        int heldSlave = libc.open(slave, O_RDWR | O_NOCTTY);
        if (slave == null || heldSlave < 0) {
            libc.close(master);
            throw new IOException("cannot open the slave side " + slave);
        }
        makeRaw(libc, heldSlave);
        return new PseudoTerminal(libc, master, heldSlave, slave);
    }

    private static void makeRaw(LibC libc, int fd) throws IOException {
        try (Memory termios = new Memory(TERMIOS_SIZE)) {
            termios.clear();
            if (libc.tcgetattr(fd, termios) != 0) {
                throw new IOException("tcgetattr failed (errno " + Native.getLastError() + ")");
            }
            libc.cfmakeraw(termios);
            if (libc.tcsetattr(fd, TCSANOW, termios) != 0) {
                throw new IOException("tcsetattr failed (errno " + Native.getLastError() + ")");
            }
        }
    }

    /** The path a serial driver opens, for example {@code /dev/pts/3}. */
    public String slavePath() {
        return slavePath;
    }

    /**
     * Makes {@code path} a symbolic link to the slave side, replacing an existing link, like
     * socat's {@code link=} option. The link is removed on {@link #close()}.
     */
    public void linkTo(Path path) throws IOException {
        Files.deleteIfExists(path);
        Files.createSymbolicLink(path, Path.of(slavePath));
        link = path;
    }

    /**
     * Reads what the driver wrote, waiting at most {@code timeout} for the first byte.
     *
     * @return bytes read; 0 on timeout
     */
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (closed) {
            throw new TransportClosedException("pseudo-terminal " + slavePath + " is closed");
        }
        try (Memory pollfd = new Memory(8)) {
            pollfd.setInt(0, master);
            pollfd.setShort(4, POLLIN);
            pollfd.setShort(6, (short) 0);
            int ready = libc.poll(pollfd, new NativeLong(1), (int) Math.max(0, timeout.toMillis()));
            if (ready < 0) {
                int errno = Native.getLastError();
                if (errno == 4) {
                    return 0;
                }
                throw new IOException("poll failed (errno " + errno + ")");
            }
            if (ready == 0 || (pollfd.getShort(6) & POLLIN) == 0) {
                return 0;
            }
        }
        long n = libc.read(master, buffer, new NativeLong(buffer.length)).longValue();
        if (n < 0) {
            throw new TransportClosedException("read from pseudo-terminal master failed (errno " + Native.getLastError() + ")");
        }
        return (int) n;
    }

    /** Writes bytes towards the driver. */
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] chunk = offset == 0 && length == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, offset, offset + length);
        int done = 0;
        while (done < chunk.length) {
            byte[] rest = done == 0 ? chunk : java.util.Arrays.copyOfRange(chunk, done, chunk.length);
            long n = libc.write(master, rest, new NativeLong(rest.length)).longValue();
            if (n < 0) {
                throw new TransportClosedException("write to pseudo-terminal master failed (errno " + Native.getLastError() + ")");
            }
            done += (int) n;
        }
    }

    /** Closes both sides and removes the link: a driver on the slave sees its port disappear. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        libc.close(heldSlave);
        libc.close(master);
        if (link != null) {
            try {
                Files.deleteIfExists(link);
            } catch (IOException ignored) {
                // a link that cannot be removed is left for the next linkTo to replace
            }
        }
    }
}
