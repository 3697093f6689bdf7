package org.onetrip.devices.receipt.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.receipt.PrinterCondition;
import org.onetrip.devices.receipt.escpos.EscPos;
import org.onetrip.devices.receipt.escpos.PrinterStatusCodec;
import org.onetrip.devices.receipt.escpos.StatusRequest;
import org.onetrip.devices.receipt.layout.PaperWidth;

/**
 * A simulated ESC/POS receipt printer: the far end of a TCP socket or a pseudo-terminal.
 *
 * <p>Like a real printer it answers {@code DLE EOT n} the moment the request arrives, even
 * while stopped on paper end, and runs everything else in order from its receive buffer:
 * it prints, answers {@code GS r} and {@code GS I}, and pushes automatic status back
 * packets when its condition changes. Each cut receipt is kept and, when an output
 * directory is given, drawn to a PNG. Faults are set from outside: paper running out after
 * a number of lines, cover open, cutter jam, and going silent (offline).
 */
public final class ReceiptPrinterSimulator implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinterSimulator.class);
    private static final Set<PrinterCondition> STOPPING = EnumSet.of(PrinterCondition.PAPER_OUT,
            PrinterCondition.COVER_OPEN, PrinterCondition.CUTTER_ERROR, PrinterCondition.UNRECOVERABLE_ERROR);

    private final PaperWidth paper;
    private final Settings settings;
    private final Optional<ReceiptImageRenderer> renderer;
    private final ReceiveBuffer buffer = new ReceiveBuffer();
    private final ReceiptInterpreter interpreter;
    private final BlockingQueue<PrintedReceipt> fresh = new LinkedBlockingQueue<>();
    private static final int KEPT_RECEIPTS = 200;
    private final List<PrintedReceipt> printed = new CopyOnWriteArrayList<>();
    private final List<Path> pngs = new CopyOnWriteArrayList<>();
    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Thread engine;

    private final EnumSet<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
    private int linesUntilPaperOut = -1;
    private int linesUntilNearEnd = -1;
    private boolean cutterJammed;
    private boolean tearOff;
    private int asbMask;
    private long generation;
    private volatile SimulatorLink currentLink;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param model    answered to {@code GS I 67}
     * @param firmware answered to {@code GS I 65}
     * @param baud     bits per second the printer takes bytes in at; 0 for as fast as they come
     * @param output   directory for a PNG of each receipt; empty for none
     */
    public record Settings(String model, String firmware, int baud, Optional<Path> output) {
        public Settings {
            if (baud < 0) {
                throw new IllegalArgumentException("baud must be 0 (unpaced) or positive, was " + baud);
            }
        }

        public static Settings defaults() {
            return new Settings("OneTrip SIM-80", "SIM 1.4.2", 0, Optional.empty());
        }
    }

    /** Something the simulator is reachable through. */
    interface Endpoint extends AutoCloseable {
        void goOffline();

        void comeOnline() throws IOException;

        @Override
        void close();
    }

    public ReceiptPrinterSimulator(PaperWidth paper, Settings settings, Optional<ReceiptImageRenderer> renderer) {
        this.paper = paper;
        this.settings = settings;
        this.renderer = renderer;
        if (settings.output().isPresent() && renderer.isEmpty()) {
            throw new IllegalArgumentException("an output directory needs a renderer");
        }
        this.interpreter = new ReceiptInterpreter(paper, this::cut, new EngineReplies());
        this.engine = new Thread(this::runEngine, "receipt-sim-engine");
        engine.setDaemon(true);
        engine.start();
    }

    public PaperWidth paper() {
        return paper;
    }

    /** Listens on 127.0.0.1:{@code port} (0 picks a free port), one client at a time. */
    public TcpSimulatorEndpoint listenTcp(int port) throws IOException {
        TcpSimulatorEndpoint endpoint = new TcpSimulatorEndpoint(this, port);
        endpoints.add(endpoint);
        return endpoint;
    }

    /** Serves a new pseudo-terminal; its slave is linked from {@code link} when given. */
    public PtySimulatorEndpoint attachPty(Optional<Path> link) throws IOException {
        PtySimulatorEndpoint endpoint = new PtySimulatorEndpoint(this, link);
        endpoints.add(endpoint);
        return endpoint;
    }

    // ---- faults ------------------------------------------------------------------------

    /** The paper runs out after this many more printed lines (text, code, image or feed). */
    public void runOutOfPaperAfterLines(int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines must be 0 or more, was " + lines);
        }
        withLock(() -> linesUntilPaperOut = lines);
    }

    /** The paper runs out now: the printer stops with paper end until {@link #loadPaper()}. */
    public void runOutOfPaper() {
        change(c -> c.add(PrinterCondition.PAPER_OUT));
    }

    /** The paper sensor reports near end after this many more printed lines. */
    public void paperNearEndAfterLines(int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("lines must be 0 or more, was " + lines);
        }
        withLock(() -> linesUntilNearEnd = lines);
    }

    /** A new roll: paper out and near end clear; a piece left uncut is torn off. */
    public void loadPaper() {
        change(c -> {
            c.remove(PrinterCondition.PAPER_OUT);
            c.remove(PrinterCondition.PAPER_NEAR_END);
        });
        withLock(() -> {
            tearOff = true;
            linesUntilPaperOut = -1;
        });
    }

    public void setPaperNearEnd(boolean nearEnd) {
        change(c -> {
            if (nearEnd) {
                c.add(PrinterCondition.PAPER_NEAR_END);
            } else {
                c.remove(PrinterCondition.PAPER_NEAR_END);
            }
        });
    }

    public void openCover() {
        change(c -> c.add(PrinterCondition.COVER_OPEN));
    }

    public void closeCover() {
        change(c -> c.remove(PrinterCondition.COVER_OPEN));
    }

    /** The next cut fails and stops the printer with a cutter error. */
    public void jamCutter() {
        withLock(() -> cutterJammed = true);
    }

    /** A technician freed the cutter: the error clears. */
    public void clearCutterJam() {
        withLock(() -> cutterJammed = false);
        change(c -> c.remove(PrinterCondition.CUTTER_ERROR));
    }

    /** The printer goes silent: TCP connections close and are refused, a pseudo-terminal stops answering. */
    public void goOffline() {
        endpoints.forEach(Endpoint::goOffline);
    }

    /** Back from {@link #goOffline()}; what arrived meanwhile is lost, as at power-on. */
    public void comeOnline() throws IOException {
        for (Endpoint e : endpoints) {
            e.comeOnline();
        }
    }

    // ---- observation -------------------------------------------------------------------

    public Set<PrinterCondition> conditions() {
        lock.lock();
        try {
            return EnumSet.copyOf(conditions.isEmpty() ? EnumSet.noneOf(PrinterCondition.class) : conditions);
        } finally {
            lock.unlock();
        }
    }

    /** The pieces of paper that left the printer, cut or torn, in order: the latest 200. */
    public List<PrintedReceipt> receipts() {
        return List.copyOf(printed);
    }

    /** PNG files written so far, in order. */
    public List<Path> pngs() {
        return List.copyOf(pngs);
    }

    /** Waits for the next receipt that leaves the printer; empty after the timeout. */
    public Optional<PrintedReceipt> awaitReceipt(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(fresh.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Bytes taken from the line since start. */
    public long bytesReceived() {
        return received.get();
    }

    /** Bytes sent back (status replies, ASB packets, information) since start. */
    public long bytesSent() {
        return sent.get();
    }

    /** Bytes received but not yet processed (what a stopped printer holds). */
    public int pendingBytes() {
        return buffer.size();
    }

    @Override
    public void close() {
        closed = true;
        endpoints.forEach(Endpoint::close);
        engine.interrupt();
        withLock(changed::signalAll);
        try {
            engine.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- the link side -----------------------------------------------------------------

    /** Starts a connection: its bytes come in through the returned session. */
    Session session(SimulatorLink link) {
        return new Session(link);
    }

    /** Bytes from one connection; real-time commands are answered here, on arrival. */
    final class Session {
        private final SimulatorLink link;
        private int state;
        private int second;
        private long paceUntil;

        Session(SimulatorLink link) {
            this.link = link;
        }

        void receive(byte[] bytes, int length) {
            pace(length);
            received.addAndGet(length);
            currentLink = link;
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                buffer.put((byte) b);
                realtime(b);
            }
        }

        /** Takes bytes no faster than the line speed, as a real serial printer does. */
        private void pace(int length) {
            if (settings.baud() == 0) {
                return;
            }
            long now = System.nanoTime();
            paceUntil = Math.max(now, paceUntil) + length * 10L * 1_000_000_000L / settings.baud();
            long wait = paceUntil - now;
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }

        private void realtime(int b) {
            switch (state) {
                case 0 -> state = b == EscPos.DLE ? 1 : 0;
                case 1 -> {
                    if (b == EscPos.EOT || b == EscPos.ENQ) {
                        second = b;
                        state = 2;
                    } else {
                        state = b == EscPos.DLE ? 1 : 0;
                    }
                }
                default -> {
                    state = 0;
                    if (second == EscPos.EOT && b >= 1 && b <= 4) {
                        answerStatus(StatusRequest.of(b));
                    } else if (second == EscPos.ENQ && (b == 1 || b == 2)) {
                        recover(b == 2);
                    }
                }
            }
        }

        private void answerStatus(StatusRequest request) {
            int reply = PrinterStatusCodec.encodeRealtime(request, conditions());
            send(link, new byte[] {(byte) reply});
        }
    }

    private void recover(boolean clearBuffers) {
        lock.lock();
        try {
            if (clearBuffers) {
                generation++;
                buffer.clear();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- the engine --------------------------------------------------------------------

    private void runEngine() {
        long seen = 0;
        while (!closed) {
            int b;
            try {
                b = buffer.take(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                return;
            }
            if (b < 0) {
                continue;
            }
            try {
                long gen = generation();
                if (gen != seen) {
                    interpreter.clearBuffers();
                    seen = gen;
                }
                tearOffIfAsked();
                PrinterCommand command = interpreter.parse(b);
                if (command != null && !runCommand(command, gen)) {
                    interpreter.clearBuffers();
                    seen = generation();
                }
            } catch (RuntimeException e) {
                // a printer skips what it cannot print and goes on with the next command
                log.warn("simulated printer skipped a command: {}", e.toString());
                interpreter.clearBuffers();
            }
        }
    }

    /** Runs one command; false when the buffers were cleared while it waited. */
    private boolean runCommand(PrinterCommand command, long gen) {
        if (command.movesPaper()) {
            if (!awaitPrintable(gen)) {
                return false;
            }
            tearOffIfAsked();
        }
        if (ReceiptInterpreter.printsLine(command)) {
            boolean outNow = false;
            boolean nearEndNow = false;
            lock.lock();
            try {
                if (linesUntilNearEnd == 0) {
                    linesUntilNearEnd = -1;
                    nearEndNow = true;
                } else if (linesUntilNearEnd > 0) {
                    linesUntilNearEnd--;
                }
                if (linesUntilPaperOut == 0) {
                    linesUntilPaperOut = -1;
                    outNow = true;
                } else if (linesUntilPaperOut > 0) {
                    linesUntilPaperOut--;
                }
            } finally {
                lock.unlock();
            }
            if (nearEndNow) {
                change(c -> c.add(PrinterCondition.PAPER_NEAR_END));
            }
            if (outNow) {
                change(c -> c.add(PrinterCondition.PAPER_OUT));
                if (!awaitPrintable(gen)) {
                    return false;
                }
                tearOffIfAsked();
            }
        }
        if (command instanceof PrinterCommand.Cut) {
            boolean jam;
            lock.lock();
            try {
                jam = cutterJammed;
            } finally {
                lock.unlock();
            }
            if (jam) {
                change(c -> c.add(PrinterCondition.CUTTER_ERROR));
                if (!awaitPrintable(gen)) {
                    return false;
                }
            }
        }
        interpreter.execute(command);
        return true;
    }

    private void tearOffIfAsked() {
        boolean tear;
        lock.lock();
        try {
            tear = tearOff;
            tearOff = false;
        } finally {
            lock.unlock();
        }
        if (tear && interpreter.hasUncutContent()) {
            interpreter.tearOff();
        }
    }

    private boolean awaitPrintable(long gen) {
        lock.lock();
        try {
            while (!closed && generation == gen && conditions.stream().anyMatch(STOPPING::contains)) {
                changed.awaitUninterruptibly();
            }
            return !closed && generation == gen;
        } finally {
            lock.unlock();
        }
    }

    private long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    private void cut(PrintedReceipt receipt) {
        printed.add(receipt);
        // a simulator that prints for months keeps only the latest receipts in memory (the pictures stay)
        while (printed.size() > KEPT_RECEIPTS) {
            printed.remove(0);
        }
        if (settings.output().isPresent() && renderer.isPresent()) {
            Path file = settings.output().get().resolve(String.format("receipt-%04d%s.png", receipt.number(),
                    receipt.cut() ? "" : "-torn"));
            try {
                renderer.get().writePng(receipt, file);
                pngs.add(file);
            } catch (IOException e) {
                log.warn("cannot write {}: {}", file, e.getMessage());
            }
        }
        fresh.add(receipt);
    }

    private final class EngineReplies implements ReceiptInterpreter.Replies {
        @Override
        public void paperSensor(int n) {
            send(currentLink, new byte[] {(byte) PrinterStatusCodec.encodePaperSensor(conditions())});
        }

        @Override
        public void printerInfo(int n) {
            String text = n == EscPos.INFO_FIRMWARE ? settings.firmware() : n == EscPos.INFO_MODEL ? settings.model() : "";
            byte[] body = text.getBytes(StandardCharsets.US_ASCII);
            byte[] reply = new byte[body.length + 2];
            reply[0] = EscPos.INFO_HEADER;
            System.arraycopy(body, 0, reply, 1, body.length);
            send(currentLink, reply);
        }

        @Override
        public void automaticStatusBack(int n) {
            lock.lock();
            try {
                asbMask = n & 0x0F;
            } finally {
                lock.unlock();
            }
            if (n != 0) {
                send(currentLink, PrinterStatusCodec.encodeAsb(conditions()));
            }
        }
    }

    // ---- shared --------------------------------------------------------------------------

    private void change(java.util.function.Consumer<EnumSet<PrinterCondition>> edit) {
        byte[] asb = null;
        lock.lock();
        try {
            EnumSet<PrinterCondition> before = EnumSet.copyOf(conditions.isEmpty() ? EnumSet.noneOf(PrinterCondition.class) : conditions);
            edit.accept(conditions);
            if (conditions.stream().anyMatch(STOPPING::contains)) {
                conditions.add(PrinterCondition.OFFLINE);
            } else {
                conditions.remove(PrinterCondition.OFFLINE);
            }
            if (!before.equals(conditions)) {
                if (asbMask != 0) {
                    asb = PrinterStatusCodec.encodeAsb(conditions);
                }
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        if (asb != null) {
            send(currentLink, asb);
        }
    }

    private void withLock(Runnable r) {
        lock.lock();
        try {
            r.run();
        } finally {
            lock.unlock();
        }
    }

    private final Object sendLock = new Object();

    /** Writes one message whole, so an ASB packet is never split by another answer. */
    private void send(SimulatorLink link, byte[] bytes) {
        if (link == null) {
            return;
        }
        synchronized (sendLock) {
            try {
                link.write(bytes);
                sent.addAndGet(bytes.length);
            } catch (IOException e) {
                log.debug("simulated printer could not answer: {}", e.getMessage());
            }
        }
    }
}
