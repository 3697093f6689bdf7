package org.onetrip.devices.codescanner.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.ScanMode;
import org.onetrip.devices.transport.pty.PseudoTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial code scanner on the master side of a pseudo-terminal: the driver opens the slave as
 * its port. In continuous mode a code {@linkplain #present presented} is sent at once, and a code
 * {@linkplain #hold held} in front of it is sent again every half second (a real scanner's
 * re-read); in triggered mode codes wait until the trigger command comes, one per trigger, and
 * the stop command ends the read. It can send garbage and be unplugged, for fault tests.
 * Thread-safe.
 */
public final class CodeScannerSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CodeScannerSimulator.class);
    private static final Duration REREAD = Duration.ofMillis(500);

    private final CodeScannerSettings settings;
    private final Optional<Path> link;
    private final Deque<Shown> waiting = new ArrayDeque<>();

    /** What waits for the next trigger: a code, or raw bytes (after which the scanner keeps reading). */
    private record Shown(byte[] bytes, boolean code) {
    }
    private final AtomicInteger triggers = new AtomicInteger();
    private final AtomicInteger stops = new AtomicInteger();
    private volatile PseudoTerminal pty;
    private volatile String held;
    private boolean reading;
    private volatile boolean closed;

    /** Opens a pseudo-terminal (behind {@code link} when given) and serves it. */
    public CodeScannerSimulator(CodeScannerSettings settings, Optional<Path> link) throws IOException {
        this.settings = settings;
        this.link = link;
        plugIn();
        Thread reread = new Thread(this::rereadHeld, "code-scanner-sim-reread");
        reread.setDaemon(true);
        reread.start();
    }

    /** The path a driver opens: the link when one was given, else the slave device. */
    public String portPath() {
        return link.map(Path::toString).orElseGet(() -> pty.slavePath());
    }

    public ScanMode mode() {
        return settings.mode();
    }

    /** A code shown once: sent now (continuous), or at the next trigger (triggered). */
    public synchronized void present(String code) throws IOException {
        if (settings.mode() == ScanMode.CONTINUOUS) {
            send(code);
        } else if (reading) {
            reading = false;
            send(code);
        } else {
            waiting.add(new Shown(frame(code), true));
        }
    }

    /**
     * Bytes that are not a code, sent now (continuous) or at the next trigger (triggered), after
     * which a triggered scanner keeps reading: for fault tests.
     */
    public synchronized void presentRaw(byte[] bytes) throws IOException {
        if (settings.mode() == ScanMode.CONTINUOUS || reading) {
            sendRaw(bytes);
        } else {
            waiting.add(new Shown(bytes.clone(), false));
        }
    }

    /** A code held in front of the scanner until {@link #takeAway()}: read again and again. */
    public synchronized void hold(String code) throws IOException {
        held = code;
        if (settings.mode() == ScanMode.TRIGGERED && reading) {
            reading = false;
            send(code);
        }
    }

    public void takeAway() {
        held = null;
    }

    /** Bytes as they are, e.g. line noise or a frame without its prefix. */
    public void sendRaw(byte[] bytes) throws IOException {
        PseudoTerminal terminal = pty;
        if (terminal != null) {
            terminal.write(bytes, 0, bytes.length);
        }
    }

    /** How many trigger and stop commands the driver sent. */
    public int triggers() {
        return triggers.get();
    }

    public int stops() {
        return stops.get();
    }

    /** Closes the pseudo-terminal: the driver's port disappears. */
    public synchronized void unplug() {
        PseudoTerminal old = pty;
        pty = null;
        if (old != null) {
            old.close();
        }
    }

    /** A new pseudo-terminal behind the same link. */
    public synchronized void plugIn() throws IOException {
        if (pty != null) {
            return;
        }
        PseudoTerminal fresh = PseudoTerminal.open();
        if (link.isPresent()) {
            fresh.linkTo(link.get());
        }
        pty = fresh;
        Thread reader = new Thread(() -> serve(fresh), "code-scanner-sim");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void close() {
        closed = true;
        unplug();
    }

    private void serve(PseudoTerminal terminal) {
        byte[] buffer = new byte[256];
        byte[] seen = new byte[0];
        try {
            while (!closed && pty == terminal) {
                int n = terminal.read(buffer, Duration.ofMillis(200));
                if (n <= 0) {
                    continue;
                }
                seen = concat(seen, buffer, n);
                seen = commands(seen);
            }
        } catch (IOException e) {
            if (!closed && pty == terminal) {
                log.info("code scanner simulator: the line went away ({})", e.getMessage());
            }
        }
    }

    /** Acts on every complete trigger or stop command in {@code seen}; answers what may begin the next one. */
    private byte[] commands(byte[] seen) throws IOException {
        while (true) {
            int trigger = indexOf(seen, settings.trigger());
            int stop = indexOf(seen, settings.stop());
            if (trigger < 0 && stop < 0) {
                int keep = Math.max(settings.trigger().length, settings.stop().length) - 1;
                return seen.length > keep ? Arrays.copyOfRange(seen, seen.length - keep, seen.length) : seen;
            }
            boolean triggerFirst = stop < 0 || (trigger >= 0 && trigger < stop);
            if (triggerFirst) {
                triggers.incrementAndGet();
                triggered();
                seen = Arrays.copyOfRange(seen, trigger + settings.trigger().length, seen.length);
            } else {
                stops.incrementAndGet();
                synchronized (this) {
                    reading = false;
                }
                seen = Arrays.copyOfRange(seen, stop + settings.stop().length, seen.length);
            }
        }
    }

    private synchronized void triggered() throws IOException {
        if (settings.mode() != ScanMode.TRIGGERED) {
            return;
        }
        reading = true;
        while (reading && !waiting.isEmpty()) {
            Shown next = waiting.poll();
            sendRaw(next.bytes());
            reading = !next.code();
        }
        if (reading && held != null) {
            reading = false;
            send(held);
        }
    }

    private void rereadHeld() {
        while (!closed) {
            try {
                Thread.sleep(REREAD.toMillis());
                String code = held;
                if (code != null && settings.mode() == ScanMode.CONTINUOUS) {
                    synchronized (this) {
                        send(code);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                // unplugged: nothing to send to
            }
        }
    }

    private void send(String code) throws IOException {
        sendRaw(frame(code));
    }

    private byte[] frame(String code) {
        byte[] text = code.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[settings.prefix().length + text.length + settings.suffix().length];
        System.arraycopy(settings.prefix(), 0, frame, 0, settings.prefix().length);
        System.arraycopy(text, 0, frame, settings.prefix().length, text.length);
        System.arraycopy(settings.suffix(), 0, frame, settings.prefix().length + text.length, settings.suffix().length);
        return frame;
    }

    private static byte[] concat(byte[] a, byte[] b, int n) {
        byte[] all = Arrays.copyOf(a, a.length + n);
        System.arraycopy(b, 0, all, a.length, n);
        return all;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return -1;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
