package org.onetrip.devices.receipt.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.transport.pty.PseudoTerminal;

/**
 * The simulator on the master side of a pseudo-terminal: the driver opens the slave as a
 * serial port. Offline means it stops reading and answering; unplugging closes the
 * pseudo-terminal so the port disappears, plugging in makes a new one behind the same link.
 */
public final class PtySimulatorEndpoint implements ReceiptPrinterSimulator.Endpoint {
    private static final Logger log = LoggerFactory.getLogger(PtySimulatorEndpoint.class);
    private static final Duration READ_WAIT = Duration.ofMillis(200);

    private final ReceiptPrinterSimulator simulator;
    private final Optional<Path> link;
    private final Object gate = new Object();
    private volatile PseudoTerminal pty;
    private boolean paused;
    private volatile boolean closed;

    PtySimulatorEndpoint(ReceiptPrinterSimulator simulator, Optional<Path> link) throws IOException {
        this.simulator = simulator;
        this.link = link;
        plugIn();
    }

    /** The path a driver opens: the link when one was given, else the slave device. */
    public String portPath() {
        return link.map(Path::toString).orElse(pty.slavePath());
    }

    /** Makes a new pseudo-terminal (behind the same link) and serves it. */
    public synchronized void plugIn() throws IOException {
        if (pty != null) {
            return;
        }
        PseudoTerminal fresh = PseudoTerminal.open();
        if (link.isPresent()) {
            fresh.linkTo(link.get());
        }
        pty = fresh;
        Thread reader = new Thread(() -> serve(fresh), "receipt-sim-pty");
        reader.setDaemon(true);
        reader.start();
    }

    /** Closes the pseudo-terminal: the driver's port disappears. */
    public synchronized void unplug() {
        PseudoTerminal old = pty;
        pty = null;
        if (old != null) {
            old.close();
        }
    }

    private void serve(PseudoTerminal terminal) {
        ReceiptPrinterSimulator.Session session = simulator.session(bytes -> terminal.write(bytes, 0, bytes.length));
        byte[] buf = new byte[4096];
        try {
            while (!closed && pty == terminal) {
                if (!awaitOnline(terminal)) {
                    return;
                }
                int n = terminal.read(buf, READ_WAIT);
                if (n > 0) {
                    session.receive(buf, n);
                }
            }
        } catch (IOException e) {
            log.debug("pseudo-terminal endpoint ended: {}", e.getMessage());
        }
    }

    /** Blocks while offline; on coming back, drops what arrived meanwhile. */
    private boolean awaitOnline(PseudoTerminal terminal) throws IOException {
        boolean wasPaused = false;
        synchronized (gate) {
            while (paused && !closed) {
                wasPaused = true;
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        if (wasPaused) {
            byte[] drop = new byte[4096];
            while (terminal.read(drop, Duration.ZERO) > 0) {
                // a printer that was off never saw these bytes
            }
        }
        return !closed;
    }

    @Override
    public void goOffline() {
        synchronized (gate) {
            paused = true;
        }
    }

    @Override
    public void comeOnline() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        comeOnline();
        unplug();
    }
}
