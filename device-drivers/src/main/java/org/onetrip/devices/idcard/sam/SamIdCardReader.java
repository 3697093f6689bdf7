package org.onetrip.devices.idcard.sam;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardWatch;
import org.onetrip.devices.DeviceThread;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.IdentityAcceptance;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.devices.idcard.ReaderCapabilities;
import org.onetrip.devices.idcard.ScheduledCardWatch;
import org.onetrip.devices.status.DeviceCounters;
import org.onetrip.devices.status.DeviceHealth;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.devices.transport.ByteStreamTransport;
import org.onetrip.devices.transport.TransportClosedException;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.devices.transport.tcp.TcpTransport;

/**
 * A Chinese resident ID card reader speaking the SAM frame protocol over a byte stream
 * (a serial port, or TCP through a serial-to-Ethernet converter).
 *
 * <p>A read is find card, select card, read base information, select card again; the reply is
 * checked frame by frame and then field by field, the card's chip serial (the 8 bytes SELECT
 * CARD answers) must be the same before and after, and only a fully checked record of the card
 * that stayed on the reader leaves this class. When the
 * port disappears the transport is closed and reopened on the next request or watch check.
 */
public final class SamIdCardReader implements IdCardReader {
    private static final int READ_BUFFER = 2048;

    private final ByteStreamTransport transport;
    private final SamReaderTimeouts timeouts;
    private final Clock clock;
    private final IdentityAcceptance acceptance;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final DeviceCounters counters = new DeviceCounters();
    private final SamFrameAssembler assembler = new SamFrameAssembler();
    private final byte[] readBuffer = new byte[READ_BUFFER];
    private boolean lostPort;

    /**
     * @param transport the byte stream to the reader; this reader opens and closes it
     * @param timeouts  reply timeouts and the watch period
     * @param clock     for status times and the expiry check
     */
    public SamIdCardReader(ByteStreamTransport transport, SamReaderTimeouts timeouts, Clock clock) {
        this.transport = transport;
        this.timeouts = timeouts;
        this.clock = clock;
        this.acceptance = new IdentityAcceptance(clock);
        this.thread = new DeviceThread("idcard-sam " + transport.describe());
        this.health = new DeviceHealth("idcard", DeviceState.OFFLINE, clock);
    }

    /** A reader on a serial port (8N1). */
    public static SamIdCardReader overSerial(String path, int baud, SamReaderTimeouts timeouts, Clock clock) {
        return new SamIdCardReader(new SerialPortTransport(path, baud), timeouts, clock);
    }

    /** A reader behind a serial-to-Ethernet converter in raw TCP mode. */
    public static SamIdCardReader overTcp(String host, int port, SamReaderTimeouts timeouts, Clock clock) {
        return new SamIdCardReader(new TcpTransport(host, port, timeouts.reply()), timeouts, clock);
    }

    @Override
    public ReaderCapabilities capabilities() {
        return new ReaderCapabilities("SAM serial", Set.of(PhotoFormat.WLT), false, Set.of("resident ID card"));
    }

    @Override
    public CompletableFuture<CardRead> read() {
        return thread.submit(this::readOnDeviceThread);
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(this::selfTestOnDeviceThread);
    }

    /**
     * Resets the SAM (command {@code 10 FF}), for technicians when the self-test reports a
     * fault. Completes with true when the SAM answered OK afterwards.
     */
    public CompletableFuture<Boolean> resetSam() {
        return thread.submit(() -> {
            try {
                boolean ok = exchange(SamCommand.RESET_SAM, timeouts.reply()).samStatus() == SamStatus.OK
                        && exchange(SamCommand.SAM_STATUS, timeouts.reply()).samStatus() == SamStatus.OK;
                if (ok) {
                    health.online();
                }
                return ok;
            } catch (ExchangeFault fault) {
                return false;
            }
        });
    }

    @Override
    public DeviceStatus status() {
        return health.current();
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
        health.addListener(listener);
    }

    /**
     * Watches with FIND CARD then SELECT CARD every watch period: FIND tells a card that entered
     * the field since it was last selected, SELECT whether a card lies there and which (its chip
     * serial). A card swapped between two checks, or taken off and put back, is reported as
     * removed then placed.
     */
    @Override
    public CardWatch watchCards(Consumer<CardEvent> listener) {
        ScheduledCardWatch watch = new ScheduledCardWatch();
        FieldState last = new FieldState();
        watch.attach(thread.repeat(() -> {
            if (watch.isCancelled()) {
                return;
            }
            Optional<Presence> now = presence();
            if (now.isEmpty()) {
                return;
            }
            Presence seen = now.get();
            if (!seen.present()) {
                if (last.present) {
                    last.present = false;
                    last.card = Optional.empty();
                    watch.deliver(listener, new CardEvent.CardRemoved(clock.instant()));
                }
                return;
            }
            boolean another = last.present && (seen.entered() || !last.card.equals(seen.card()));
            if (another) {
                watch.deliver(listener, new CardEvent.CardRemoved(clock.instant()));
            }
            if (!last.present || another) {
                last.present = true;
                last.card = seen.card();
                watch.deliver(listener, new CardEvent.CardPlaced(clock.instant(), seen.card()));
            }
        }, timeouts.watchPeriod()));
        return watch;
    }

    /** What the watch last reported; touched only on the reader's thread. */
    private static final class FieldState {
        boolean present;
        Optional<CardIdentifier> card = Optional.empty();
    }

    /**
     * What lies in the field now.
     *
     * @param present whether a card lies in the field
     * @param entered whether FIND said the card entered the field since it was last selected
     * @param card    the card's serial, when the reader gave one
     */
    private record Presence(boolean present, boolean entered, Optional<CardIdentifier> card) {
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        thread.closeAfter(transport::close);
    }

    /** FIND then SELECT; empty when the reader did not answer them clearly. */
    private Optional<Presence> presence() {
        try {
            SamReply find = exchange(SamCommand.FIND_CARD, timeouts.reply());
            boolean entered;
            switch (find.samStatus()) {
                case CARD_FOUND -> entered = true;
                case NO_CARD -> entered = false;
                default -> {
                    return Optional.empty();
                }
            }
            SamReply select = exchange(SamCommand.SELECT_CARD, timeouts.reply());
            return switch (select.samStatus()) {
                case OK -> Optional.of(new Presence(true, entered, serial(select)));
                case SELECT_FAILED, NO_CARD -> Optional.of(new Presence(false, false, Optional.empty()));
                default -> Optional.empty();
            };
        } catch (ExchangeFault fault) {
            return Optional.empty();
        }
    }

    /** The chip serial SELECT CARD answers with (8 bytes); empty when a reader sends none. */
    private static Optional<CardIdentifier> serial(SamReply select) {
        byte[] data = select.data();
        if (data.length == 0 || data.length > 32) {
            return Optional.empty();
        }
        return Optional.of(CardIdentifier.of(data));
    }

    private CardRead readOnDeviceThread() {
        CardRead outcome = attemptRead();
        if (outcome instanceof CardRead.Success) {
            counters.increment("cardsRead");
        } else {
            counters.increment("readFailure." + outcome.failure().orElseThrow());
        }
        return outcome;
    }

    /**
     * Find (or, for a card the watch already selected, no find), select, read base information,
     * select again: the card must be the same one, with the same serial, before and after the
     * read, else no record leaves.
     */
    private CardRead attemptRead() {
        byte[] data = null;
        IdentityRecord identity = null;
        try {
            SamReply find = exchange(SamCommand.FIND_CARD, timeouts.reply());
            boolean entered;
            switch (find.samStatus()) {
                case CARD_FOUND, OK -> entered = true;
                // a card selected since it entered is not found again: SELECT tells whether it is still there
                case NO_CARD -> entered = false;
                default -> {
                    return statusFailure("find card", find);
                }
            }
            SamReply select = exchange(SamCommand.SELECT_CARD, timeouts.reply());
            switch (select.samStatus()) {
                case OK -> { }
                case SELECT_FAILED, NO_CARD -> {
                    return entered ? failure(ReadFailure.CARD_REMOVED, "select card: " + select + " - the card left")
                            : failure(ReadFailure.NO_CARD, "find card: " + find + ", select card: " + select);
                }
                default -> {
                    return statusFailure("select card", select);
                }
            }
            Optional<CardIdentifier> card = serial(select);
            SamReply base = exchange(SamCommand.READ_BASE_INFO, timeouts.readBaseInfo());
            data = base.data();
            if (base.samStatus() != SamStatus.OK) {
                return cardGoneOr(card, statusFailure("read base information", base));
            }
            identity = decodeBaseInfo(data);
            Optional<CardRead> changed = cardChanged(card);
            if (changed.isPresent()) {
                identity.wipe();
                return changed.get();
            }
            IdentityRecord checked = identity;
            identity = null;
            return checked(checked, card);
        } catch (ExchangeFault fault) {
            if (identity != null) {
                identity.wipe();
            }
            return fault.outcome;
        } catch (SamFrameException e) {
            health.update(DeviceState.ONLINE, EnumSet.of(DeviceReason.CARD_UNREADABLE), Optional.of(e.getMessage()));
            return new CardRead.Failure(ReadFailure.UNREADABLE, e.getMessage());
        } finally {
            if (data != null) {
                Arrays.fill(data, (byte) 0);
            }
        }
    }

    private static IdentityRecord decodeBaseInfo(byte[] data) {
        if (data.length < 4) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "base information has " + data.length + " bytes");
        }
        int textLength = SamFrameCodec.lengthField(data, 0);
        int photoLength = SamFrameCodec.lengthField(data, 2);
        if (textLength != ResidentIdTextBlock.LENGTH || photoLength != ResidentIdTextBlock.PHOTO_LENGTH
                || data.length != 4 + textLength + photoLength) {
            throw new SamFrameException(FrameFault.BAD_LAYOUT, "base information announces text " + textLength
                    + " and photo " + photoLength + " bytes in " + data.length + " bytes, expected 256 and 1024 in 1284");
        }
        byte[] text = Arrays.copyOfRange(data, 4, 4 + textLength);
        byte[] photo = Arrays.copyOfRange(data, 4 + textLength, data.length);
        try {
            return ResidentIdTextBlock.decode(text, photo);
        } finally {
            Arrays.fill(text, (byte) 0);
            Arrays.fill(photo, (byte) 0);
        }
    }

    private CardRead checked(IdentityRecord identity, Optional<CardIdentifier> card) {
        CardRead outcome = acceptance.accept(identity, true, card);
        if (outcome instanceof CardRead.Failure failure) {
            health.update(DeviceState.ONLINE, EnumSet.of(DeviceReason.CARD_UNREADABLE), Optional.of(failure.detail()));
        } else if (outcome instanceof CardRead.Expired expired) {
            health.update(DeviceState.ONLINE, EnumSet.of(DeviceReason.CARD_EXPIRED), Optional.of("card expired on " + expired.expiredOn()));
        } else {
            health.online();
        }
        return outcome;
    }

    /** After a failed read, tells "the card left or was swapped" from "the card is there but failed". */
    private CardRead cardGoneOr(Optional<CardIdentifier> card, CardRead otherwise) throws ExchangeFault {
        return cardChanged(card).orElse(otherwise);
    }

    /** Selects the card again: a CARD_REMOVED failure when the field is empty or holds another card. */
    private Optional<CardRead> cardChanged(Optional<CardIdentifier> card) throws ExchangeFault {
        SamReply again = exchange(SamCommand.SELECT_CARD, timeouts.reply());
        if (again.samStatus() == SamStatus.SELECT_FAILED || again.samStatus() == SamStatus.NO_CARD) {
            counters.increment("cardsLeftDuringRead");
            return Optional.of(failure(ReadFailure.CARD_REMOVED, "the card left the reader during the read"));
        }
        if (again.samStatus() == SamStatus.OK && !serial(again).equals(card)) {
            counters.increment("cardsSwappedDuringRead");
            return Optional.of(failure(ReadFailure.CARD_REMOVED, "another card was placed during the read"));
        }
        return Optional.empty();
    }

    private CardRead statusFailure(String step, SamReply reply) {
        String detail = step + ": " + reply + " - " + reply.samStatus().meaning();
        return switch (reply.samStatus()) {
            case SAM_SELF_TEST_FAILED, SAM_NOT_AUTHORISED -> {
                health.report(DeviceState.HARDWARE_ERROR, DeviceReason.SAM_FAULT, detail);
                yield new CardRead.Failure(ReadFailure.READER_FAULT, detail);
            }
            case UNKNOWN_CARD_TYPE -> failure(ReadFailure.UNSUPPORTED_CARD, detail);
            case NO_CARD, SELECT_FAILED -> failure(ReadFailure.CARD_REMOVED, detail);
            case HOST_CHECKSUM_ERROR, HOST_LENGTH_ERROR, COMMAND_ERROR, NOT_PERMITTED, READER_UNKNOWN_ERROR, UNRECOGNISED -> {
                health.report(DeviceState.DEGRADED, DeviceReason.PROTOCOL_ERROR, detail);
                yield new CardRead.Failure(ReadFailure.UNREADABLE, detail);
            }
            default -> {
                health.update(DeviceState.ONLINE, EnumSet.of(DeviceReason.CARD_UNREADABLE), Optional.of(detail));
                yield new CardRead.Failure(ReadFailure.UNREADABLE, detail);
            }
        };
    }

    private CardRead failure(ReadFailure reason, String detail) {
        if (reason == ReadFailure.NO_CARD || reason == ReadFailure.CARD_REMOVED) {
            health.online();
        }
        return new CardRead.Failure(reason, detail);
    }

    private SelfTestResult selfTestOnDeviceThread() {
        long start = System.nanoTime();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reader", "SAM serial " + transport.describe());
        try {
            SamReply status = exchange(SamCommand.SAM_STATUS, timeouts.reply());
            details.put("samStatus", status.samStatus().meaning());
            if (status.samStatus() != SamStatus.OK) {
                health.report(DeviceState.HARDWARE_ERROR, DeviceReason.SAM_FAULT, "SAM status: " + status);
                return new SelfTestResult(false, details, elapsed(start), "SAM reports " + status.samStatus().meaning());
            }
            SamReply id = exchange(SamCommand.READ_SAM_ID, timeouts.reply());
            if (id.samStatus() != SamStatus.OK) {
                return new SelfTestResult(false, details, elapsed(start), "reading the SAM id failed: " + id);
            }
            details.put("samId", SamId.format(id.data()));
            details.put("firmware", "not reported by the SAM protocol");
            health.online();
            return new SelfTestResult(true, details, elapsed(start), "reader and SAM answer");
        } catch (ExchangeFault fault) {
            return new SelfTestResult(false, details, elapsed(start), ((CardRead.Failure) fault.outcome).detail());
        } catch (SamFrameException e) {
            return new SelfTestResult(false, details, elapsed(start), e.getMessage());
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Sends one command and waits for its reply frame. */
    private SamReply exchange(SamCommand command, Duration timeout) throws ExchangeFault {
        byte[] request = SamFrameCodec.encodeRequest(SamRequest.of(command));
        String what = String.format("%02X %02X", command.code(), command.parameter());
        try {
            ensureOpen();
            transport.discardInput();
            assembler.clear();
            transport.write(request);
            counters.add("bytesSent", request.length);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Optional<byte[]> frame = assembler.nextFrame();
                if (frame.isPresent()) {
                    SamReply reply = decode(frame.get(), what);
                    if (health.current().state() == DeviceState.OFFLINE) {
                        health.online();
                    }
                    return reply;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw timedOut(what, timeout);
                }
                int n = transport.read(readBuffer, 0, readBuffer.length, Duration.ofNanos(Math.max(left, 1_000_000)));
                if (n > 0) {
                    counters.add("bytesReceived", n);
                    assembler.feed(readBuffer, 0, n);
                }
            }
        } catch (TransportClosedException e) {
            transport.close();
            lostPort = true;
            counters.increment("portLost");
            String detail = "reader port lost during " + what + ": " + e.getMessage();
            health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, detail);
            throw new ExchangeFault(new CardRead.Failure(ReadFailure.READER_OFFLINE, detail));
        } catch (IOException e) {
            transport.close();
            String detail = "I/O error during " + what + ": " + e.getMessage();
            health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, detail);
            throw new ExchangeFault(new CardRead.Failure(ReadFailure.READER_OFFLINE, detail));
        } finally {
            assembler.clear();
        }
    }

    private SamReply decode(byte[] frame, String what) throws ExchangeFault {
        try {
            return SamFrameCodec.decodeReply(frame);
        } catch (SamFrameException e) {
            counters.increment("frameErrors");
            String detail = "reply to " + what + " rejected: " + e.getMessage();
            health.report(DeviceState.DEGRADED, DeviceReason.PROTOCOL_ERROR, detail);
            throw new ExchangeFault(new CardRead.Failure(ReadFailure.UNREADABLE, detail));
        } finally {
            Arrays.fill(frame, (byte) 0);
        }
    }

    private ExchangeFault timedOut(String what, Duration timeout) {
        counters.increment("timeouts");
        int expected = assembler.expectedFrameLength();
        if (expected > 0) {
            String detail = "reply to " + what + " truncated: got " + assembler.pendingBytes() + " of " + expected
                    + " bytes within " + timeout.toMillis() + " ms";
            health.report(DeviceState.DEGRADED, DeviceReason.PROTOCOL_ERROR, detail);
            return new ExchangeFault(new CardRead.Failure(ReadFailure.UNREADABLE, detail));
        }
        String detail = "no reply to " + what + " within " + timeout.toMillis() + " ms";
        health.report(DeviceState.OFFLINE, DeviceReason.TIMEOUT, detail);
        return new ExchangeFault(new CardRead.Failure(ReadFailure.READER_OFFLINE, detail));
    }

    private void ensureOpen() throws IOException {
        if (transport.isOpen()) {
            return;
        }
        transport.open();
        if (lostPort) {
            counters.increment("reconnects");
            lostPort = false;
        }
        health.online();
    }

    /** A failed exchange, already translated into the read outcome it means. */
    private static final class ExchangeFault extends Exception {
        final CardRead outcome;

        ExchangeFault(CardRead outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
