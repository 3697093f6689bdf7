package org.onetrip.devices.receipt.driver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.devices.receipt.FailureReason;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.PrintProgress;
import org.onetrip.devices.receipt.PrinterCondition;
import org.onetrip.devices.receipt.PrinterIdentity;
import org.onetrip.devices.receipt.PrinterStatus;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.ReceiptJournal;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.devices.receipt.escpos.EncodedReceipt;
import org.onetrip.devices.receipt.escpos.EscPos;
import org.onetrip.devices.receipt.escpos.EscPosEncoder;
import org.onetrip.devices.receipt.escpos.PrinterMessage;
import org.onetrip.devices.receipt.escpos.PrinterReplyDecoder;
import org.onetrip.devices.receipt.escpos.PrinterStatusCodec;
import org.onetrip.devices.receipt.escpos.ReceiptDocumentEncoder;
import org.onetrip.devices.receipt.escpos.StatusRequest;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.status.DeviceCounters;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.TransportClosedException;

/**
 * An ESC/POS receipt printer over a byte stream (serial or raw TCP).
 *
 * <p>How a receipt is followed: the driver writes the whole receipt (a printer's receive
 * buffer and the line's flow control pace it), with a {@code GS r 1} after every printed
 * line and after the cut, then reads the answers. A printer runs each {@code GS r 1} in order, so each answer says
 * the lines before it were printed, and a stopped printer leaves it unanswered. Automatic
 * status back tells the driver at once when the paper ran out, the cover opened or the
 * cutter jammed; without it, a missing answer makes the driver ask {@code DLE EOT 1..4}.
 * After a failure, {@code DLE ENQ 2} clears what the printer still holds, so the rest of
 * the receipt never prints later on its own.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {
    private static final Logger log = LoggerFactory.getLogger(EscPosReceiptPrinter.class);
    /** ASB for online/offline, errors and the paper sensor (not the drawer). */
    private static final int ASB_FLAGS = 0x0E;
    private static final int CHUNK = 512;
    private static final Duration IDLE_READ = Duration.ofMillis(1);

    private final ByteStreamTransport transport;
    private final PrinterSettings settings;
    private final ReceiptJournal journal;
    private final Clock clock;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final ScheduledExecutorService thread;
    private final PrinterReplyDecoder decoder = new PrinterReplyDecoder();
    private final Deque<PrinterMessage> inbox = new ArrayDeque<>();
    private final byte[] readBuffer = new byte[1024];
    /** Futures not yet complete, each with what completes it if the driver closes first. */
    private final Map<CompletableFuture<?>, Runnable> pending = new java.util.concurrent.ConcurrentHashMap<>();

    private volatile boolean connected;
    private volatile boolean closed;
    private volatile PrinterIdentity identity = PrinterIdentity.UNKNOWN;
    private volatile String offlineReason = "not connected yet";
    private int reconnectAttempt;
    private boolean reconnectScheduled;

    /**
     * @param device    a technician-facing name for status events, for example {@code receipt-printer}
     * @param transport the port; opened, closed and reopened by this driver
     * @param journal   receipts sent before, for the reprint banner
     */
    public EscPosReceiptPrinter(String device, ByteStreamTransport transport, PrinterSettings settings,
            ReceiptJournal journal, Clock clock) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.health = new DeviceHealth(device, DeviceState.OFFLINE, clock);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "receipt-printer-" + transport.describe());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Connects and starts watching the printer. Completes with the status after the first
     * attempt; a printer that is not there yet is retried in the background.
     */
    public CompletableFuture<DeviceStatus> start() {
        CompletableFuture<DeviceStatus> first = onPrinterThread(() -> {
            connect();
            return health.current();
        }, surprise -> health.current(), health::current);
        long poll = settings.pollInterval().toNanos();
        thread.scheduleWithFixedDelay(() -> {
            try {
                poll();
            } catch (RuntimeException e) {
                // a repeating task that throws is never run again: the printer would go unwatched
                log.error("receipt printer {}: status poll failed", transport.describe(), e);
            }
        }, poll, poll, TimeUnit.NANOSECONDS);
        return first;
    }

    @Override
    public PaperWidth paperWidth() {
        return settings.paper();
    }

    @Override
    public CompletableFuture<PrintOutcome> print(ReceiptJob job) {
        Objects.requireNonNull(job, "job");
        ReceiptDocument document = job.document();
        if (document.paper() != settings.paper()) {
            throw new IllegalArgumentException("receipt is laid out for " + document.paper().millimetres()
                    + " mm paper; this printer has " + settings.paper().millimetres() + " mm");
        }
        if (closed) {
            throw new IllegalStateException("printer " + transport.describe() + " is closed");
        }
        if (!connected) {
            counters.increment("printFailure." + FailureReason.OFFLINE);
            return CompletableFuture.completedFuture(new PrintOutcome.Failed(job.id(), FailureReason.OFFLINE,
                    "printer offline (" + offlineReason + "); the receipt was not queued", PrintProgress.nothing(0, 0)));
        }
        return onPrinterThread(() -> runJob(job),
                surprise -> fail(job, FailureReason.DRIVER_ERROR, "driver error: " + describe(surprise),
                        PrintProgress.nothing(0, 0)),
                () -> fail(job, FailureReason.CLOSED, "the printer driver was closed before the receipt printed",
                        PrintProgress.nothing(0, 0)));
    }

    /**
     * Runs {@code work} on the printer's thread. Whatever happens, the future completes: with
     * the work's result; with {@code onSurprise}'s when the work throws; with {@code onClosed}'s
     * when the driver is closed before the work ran.
     */
    private <T> CompletableFuture<T> onPrinterThread(java.util.function.Supplier<T> work,
            java.util.function.Function<Throwable, T> onSurprise, java.util.function.Supplier<T> onClosed) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable closing = () -> result.complete(onClosed.get());
        pending.put(result, closing);
        result.whenComplete((value, error) -> pending.remove(result));
        try {
            thread.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    log.error("receipt printer {}: unexpected failure", transport.describe(), e);
                    result.complete(onSurprise.apply(e));
                }
            });
        } catch (RejectedExecutionException e) {
            closing.run();
        }
        return result;
    }

    private static String describe(Throwable surprise) {
        return surprise.getClass().getSimpleName() + (surprise.getMessage() == null ? "" : ": " + surprise.getMessage());
    }

    @Override
    public CompletableFuture<PrinterStatus> refreshStatus() {
        java.util.function.Supplier<PrinterStatus> offline = () -> new PrinterStatus(EnumSet.of(PrinterCondition.OFFLINE));
        return onPrinterThread(() -> {
            if (!connected) {
                return offline.get();
            }
            try {
                return queryStatus();
            } catch (IOException | NoAnswerException e) {
                lostConnection(e);
                return offline.get();
            }
        }, surprise -> offline.get(), offline);
    }

    @Override
    public PrinterIdentity identity() {
        return identity;
    }

    @Override
    public DeviceStatus status() {
        return health.current();
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
        health.addListener(listener);
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transport.close();
        connected = false;
        // jobs and requests still queued will never run: each gets its outcome now
        for (Runnable closing : List.copyOf(pending.values())) {
            closing.run();
        }
    }

    // ---- connection (printer thread) ---------------------------------------------------

    private void connect() {
        if (closed) {
            return;
        }
        try {
            transport.open();
            decoder.reset();
            inbox.clear();
            transport.discardInput();
            PrinterStatus status = queryStatus();
            transport.write(new byte[] {EscPos.GS, 'a', ASB_FLAGS});
            identity = new PrinterIdentity(askInfo(EscPos.INFO_MODEL), askInfo(EscPos.INFO_FIRMWARE));
            connected = true;
            reconnectAttempt = 0;
            applyStatus(status);
            log.info("receipt printer {} connected: {} {}", transport.describe(), identity.model(), identity.firmware());
        } catch (IOException | NoAnswerException e) {
            lostConnection(e);
        }
    }

    /** The port failed or the printer stopped answering: offline until a reconnect works. */
    private void lostConnection(Exception cause) {
        boolean was = connected;
        connected = false;
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        offlineReason = why;
        transport.close();
        DeviceReason reason = cause instanceof NoAnswerException ? DeviceReason.TIMEOUT : DeviceReason.PORT_MISSING;
        health.report(DeviceState.OFFLINE, reason, why);
        if (was) {
            log.warn("receipt printer {} offline: {}", transport.describe(), why);
            counters.increment("disconnects");
        }
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        if (closed || reconnectScheduled) {
            return;
        }
        reconnectScheduled = true;
        reconnectAttempt++;
        Duration delay = settings.reconnect().delay(reconnectAttempt);
        try {
            thread.schedule(() -> {
                reconnectScheduled = false;
                if (!connected) {
                    connect();
                    if (connected) {
                        counters.increment("reconnects");
                    }
                }
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            reconnectScheduled = false;
        }
    }

    private void poll() {
        if (!connected || closed) {
            return;
        }
        try {
            // Takes ASB packets that came while idle, and lets a vanished port show on a read
            // before anything is written to it.
            for (PrinterMessage m : receive(IDLE_READ)) {
                if (m instanceof PrinterMessage.AutomaticStatus asb) {
                    applyStatus(new PrinterStatus(asb.conditions()));
                }
            }
            applyStatus(queryStatus());
        } catch (IOException | NoAnswerException e) {
            lostConnection(e);
        }
    }

    // ---- printing (printer thread) -----------------------------------------------------

    private PrintOutcome runJob(ReceiptJob job) {
        Instant started = clock.instant();
        if (!connected) {
            return fail(job, FailureReason.OFFLINE, "printer offline (" + offlineReason + "); the receipt was not queued",
                    PrintProgress.nothing(0, 0));
        }
        PrinterStatus before;
        try {
            before = queryStatus();
        } catch (IOException | NoAnswerException e) {
            lostConnection(e);
            return fail(job, FailureReason.OFFLINE, "printer did not answer before printing (" + e.getMessage()
                    + "); nothing was sent", PrintProgress.nothing(0, 0));
        }
        applyStatus(before);
        if (!before.readyToPrint()) {
            FailureReason reason = before.blockingReason().orElseThrow();
            return fail(job, reason, "printer not ready: " + before.conditions() + "; nothing was sent",
                    PrintProgress.nothing(0, 0));
        }
        boolean reprint = journal.wasSent(job.id());
        ReceiptDocument document = reprint ? job.document().asReprint() : job.document();
        FencedReceipt fenced;
        try {
            fenced = FencedReceipt.of(ReceiptDocumentEncoder.encode(document));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return fail(job, FailureReason.UNPRINTABLE, "the receipt cannot be encoded (" + e.getMessage()
                    + "); nothing was sent", PrintProgress.nothing(0, 0));
        }
        journal.markSent(job.id());
        JobRun run = new JobRun(job, fenced, reprint || document.reprint());
        try {
            return run.send(started);
        } catch (TransportClosedException e) {
            lostConnection(e);
            return fail(job, FailureReason.CONNECTION_LOST, "connection lost after " + run.progress() + ": " + e.getMessage(),
                    run.progress());
        } catch (IOException e) {
            lostConnection(e);
            return fail(job, FailureReason.CONNECTION_LOST, "write failed after " + run.progress() + ": " + e.getMessage(),
                    run.progress());
        } catch (RuntimeException e) {
            log.error("receipt printer {}: unexpected failure while printing", transport.describe(), e);
            clearPrinterBuffers();
            return fail(job, FailureReason.DRIVER_ERROR, "driver error after " + run.progress() + ": " + describe(e),
                    run.progress());
        }
    }

    /** One receipt on its way: what was sent, what the printer confirmed. */
    private final class JobRun {
        private final ReceiptJob job;
        private final FencedReceipt fenced;
        private final boolean reprint;
        private int sent;
        private int confirmed;

        JobRun(ReceiptJob job, FencedReceipt fenced, boolean reprint) {
            this.job = job;
            this.fenced = fenced;
            this.reprint = reprint;
        }

        PrintOutcome send(Instant started) throws IOException {
            byte[] bytes = fenced.bytes();
            while (sent < bytes.length) {
                int end = fenced.chunkEnd(sent, CHUNK);
                transport.write(Arrays.copyOfRange(bytes, sent, end));
                sent = end;
            }
            long deadline = System.nanoTime() + settings.progressTimeout().toNanos();
            while (confirmed < fenced.fences()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return noProgress();
                }
                int before = confirmed;
                Optional<PrintOutcome> stopped = take(Duration.ofNanos(left));
                if (stopped.isPresent()) {
                    return stopped.get();
                }
                if (confirmed > before) {
                    deadline = System.nanoTime() + settings.progressTimeout().toNanos();
                }
            }
            PrinterStatus after;
            try {
                after = queryStatus();
            } catch (NoAnswerException e) {
                lostConnection(e);
                return fail(job, FailureReason.TIMEOUT, "printed, but no status after the cut: " + e.getMessage(), progress());
            }
            applyStatus(after);
            counters.increment("receiptsPrinted");
            counters.increment("cuts");
            if (reprint) {
                counters.increment("reprints");
            }
            counters.add("linesPrinted", fenced.lines());
            return new PrintOutcome.Printed(job.id(), reprint, progress(), after, Duration.between(started, clock.instant()));
        }

        /** Reads what is there within the timeout; a stop reported by the printer ends the job. */
        private Optional<PrintOutcome> take(Duration timeout) throws IOException {
            for (PrinterMessage m : receive(timeout)) {
                if (m instanceof PrinterMessage.PaperSensorReply) {
                    confirmed++;
                } else if (m instanceof PrinterMessage.AutomaticStatus asb) {
                    PrinterStatus status = new PrinterStatus(asb.conditions());
                    applyStatus(status);
                    if (!status.readyToPrint()) {
                        return Optional.of(stopped(status));
                    }
                }
            }
            return Optional.empty();
        }

        private PrintOutcome noProgress() throws IOException {
            PrinterStatus status;
            try {
                status = queryStatus();
            } catch (NoAnswerException e) {
                lostConnection(e);
                return fail(job, FailureReason.OFFLINE, "printer stopped answering after " + progress(), progress());
            }
            applyStatus(status);
            if (!status.readyToPrint()) {
                return stopped(status);
            }
            clearPrinterBuffers();
            return fail(job, FailureReason.TIMEOUT, "printer confirmed nothing for " + settings.progressTimeout().toMillis()
                    + " ms after " + progress(), progress());
        }

        private PrintOutcome stopped(PrinterStatus status) {
            clearPrinterBuffers();
            FailureReason reason = status.blockingReason().orElse(FailureReason.HARDWARE_ERROR);
            int lines = linesPrinted();
            String detail = switch (reason) {
                case PAPER_OUT -> "paper ran out; stopped after " + lines + " of " + fenced.lines() + " lines";
                case COVER_OPEN -> "cover opened; stopped after " + lines + " of " + fenced.lines() + " lines";
                case CUTTER_ERROR -> lines == fenced.lines()
                        ? "all " + lines + " lines printed; the cut failed"
                        : "cutter error after " + lines + " of " + fenced.lines() + " lines";
                default -> "printer reports " + status.conditions() + "; stopped after " + lines + " of " + fenced.lines() + " lines";
            };
            return fail(job, reason, detail, progress());
        }

        private int linesPrinted() {
            return Math.min(confirmed, fenced.lines());
        }

        PrintProgress progress() {
            return new PrintProgress(linesPrinted(), fenced.lines(), sent, fenced.bytes().length);
        }
    }

    /**
     * Drops what the printer holds of a failed receipt. Real-time commands are handled in the
     * order they arrive, so the answer to the status request that follows means the clear
     * happened: the rest of the receipt cannot print once the paper is loaded.
     */
    private void clearPrinterBuffers() {
        try {
            transport.write(EscPosEncoder.recoverAndClearBuffers());
            applyStatus(queryStatus());
        } catch (IOException | NoAnswerException e) {
            log.debug("could not clear the printer's buffers: {}", e.getMessage());
        }
    }

    private PrintOutcome fail(ReceiptJob job, FailureReason reason, String detail, PrintProgress progress) {
        counters.increment("printFailure." + reason);
        log.warn("receipt {} not printed: {} ({})", job.id(), reason, detail);
        return new PrintOutcome.Failed(job.id(), reason, detail, progress);
    }

    // ---- status (printer thread) -------------------------------------------------------

    private PrinterStatus queryStatus() throws IOException, NoAnswerException {
        Set<PrinterCondition> all = EnumSet.noneOf(PrinterCondition.class);
        for (StatusRequest request : StatusRequest.values()) {
            transport.write(EscPosEncoder.statusRequest(request));
            int reply = awaitRealtimeReply(request);
            all = PrinterStatusCodec.combine(all, PrinterStatusCodec.decodeRealtime(request, reply));
        }
        return new PrinterStatus(all);
    }

    private int awaitRealtimeReply(StatusRequest request) throws IOException, NoAnswerException {
        long deadline = System.nanoTime() + settings.statusTimeout().toNanos();
        while (true) {
            PrinterMessage m = inbox.poll();
            if (m == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new NoAnswerException("no answer to DLE EOT " + request.n() + " (10 04 0" + request.n() + ") within "
                            + settings.statusTimeout().toMillis() + " ms from " + transport.describe());
                }
                inbox.addAll(receive(Duration.ofNanos(left)));
                continue;
            }
            if (m instanceof PrinterMessage.RealtimeReply reply) {
                return reply.value();
            }
            if (m instanceof PrinterMessage.AutomaticStatus asb) {
                applyStatus(new PrinterStatus(asb.conditions()));
            }
        }
    }

    /** Asks {@code GS I n}; "unknown" when a printer does not answer it. */
    private String askInfo(int n) throws IOException {
        transport.write(EscPosEncoder.printerInfo(n));
        long deadline = System.nanoTime() + settings.statusTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            for (PrinterMessage m : receive(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                if (m instanceof PrinterMessage.InfoReply info) {
                    return info.text();
                }
                if (m instanceof PrinterMessage.AutomaticStatus asb) {
                    applyStatus(new PrinterStatus(asb.conditions()));
                }
            }
        }
        return "unknown";
    }

    /** Reads once, waiting at most {@code timeout}, and returns the whole messages that came. */
    private java.util.List<PrinterMessage> receive(Duration timeout) throws IOException {
        java.util.List<PrinterMessage> messages = new java.util.ArrayList<>();
        while (!inbox.isEmpty()) {
            messages.add(inbox.poll());
        }
        if (!messages.isEmpty()) {
            return messages;
        }
        int n = transport.read(readBuffer, 0, readBuffer.length, timeout);
        if (n > 0) {
            messages.addAll(decoder.accept(readBuffer, 0, n));
        }
        return messages;
    }

    /** Takes a status the printer reported; ignored until the connection is complete. */
    private void applyStatus(PrinterStatus status) {
        if (!connected) {
            return;
        }
        health.update(status.deviceState(), status.deviceReasons(), status.errorText());
    }

    /** The printer did not answer a real-time request in time. */
    private static final class NoAnswerException extends Exception {
        NoAnswerException(String message) {
            super(message, null, false, false);
        }
    }

    /** The receipt's bytes with a {@code GS r 1} after every line and after the cut. */
    record FencedReceipt(byte[] bytes, int[] fenceEnds, int lines) {
        static FencedReceipt of(EncodedReceipt encoded) {
            byte[] src = encoded.bytes();
            int[] lineEnds = encoded.lineEnds();
            int[] points = Arrays.copyOf(lineEnds, lineEnds.length + 1);
            points[lineEnds.length] = encoded.cutEnd() >= 0 ? encoded.cutEnd() : src.length;
            byte[] fence = EscPosEncoder.paperSensorQuery();
            ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + points.length * fence.length);
            int[] ends = new int[points.length];
            int from = 0;
            for (int i = 0; i < points.length; i++) {
                out.write(src, from, points[i] - from);
                out.writeBytes(fence);
                ends[i] = out.size();
                from = points[i];
            }
            out.write(src, from, src.length - from);
            return new FencedReceipt(out.toByteArray(), ends, lineEnds.length);
        }

        int fences() {
            return fenceEnds.length;
        }

        /** Where to end the chunk starting at {@code from}: a fence end, about {@code size} bytes on. */
        int chunkEnd(int from, int size) {
            int end = -1;
            for (int f : fenceEnds) {
                if (f <= from) {
                    continue;
                }
                if (end < 0 || f - from <= size) {
                    end = f;
                } else {
                    break;
                }
            }
            return end < 0 ? bytes.length : end;
        }
    }
}
