package org.onetrip.devices.idcard.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.onetrip.devices.DeviceException;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.sam.ResidentIdTextBlock;
import org.onetrip.devices.idcard.sam.SamCommand;
import org.onetrip.devices.idcard.sam.SamFrameAssembler;
import org.onetrip.devices.idcard.sam.SamFrameCodec;
import org.onetrip.devices.idcard.sam.SamFrameException;
import org.onetrip.devices.idcard.sam.SamId;
import org.onetrip.devices.idcard.sam.SamReply;
import org.onetrip.devices.idcard.sam.SamRequest;
import org.onetrip.devices.idcard.sam.SamStatus;

/**
 * A resident ID card reader with its SAM, on the far end of a pseudo-terminal or a TCP
 * socket, speaking the same frame protocol as the hardware. It holds a deck of test
 * identities and can be told to misbehave: card removed or swapped mid-read, corrupt
 * checksum, truncated reply, garbage on the line, silence, a port that disappears.
 *
 * <p>The card in the field behaves as a resident ID card does: each has its own 8-byte chip
 * serial ({@link IdentityDeck#chipSerial}); FIND CARD ({@code 20 01}) answers {@code 9F} only for
 * a card that entered the field and has not been selected since, {@code 80} otherwise, so a card
 * must leave the field before the next find succeeds; SELECT CARD ({@code 20 02}) answers
 * {@code 90} with the serial while any card lies in the field and {@code 81} when it is empty;
 * a read of base information needs the card selected since it entered.
 *
 * <p>Control methods may be called from any thread; the protocol runs on the simulator's
 * own thread.
 */
public final class SamReaderSimulator implements AutoCloseable {
    /** Opens the simulator's end of a link; called again when the port is plugged back in. */
    @FunctionalInterface
    public interface LinkOpener {
        SimulatorLink open() throws IOException;
    }

    private static final byte[] SAM_ID = SamId.encode(5, 1, 20260101, 1234, 123456789);
    private static final Duration POLL = Duration.ofMillis(100);

    private final LinkOpener opener;
    private final IdentityDeck deck;
    private final LinePacer pacer;
    private final ReentrantLock linkLock = new ReentrantLock();
    private final Condition plugged = linkLock.newCondition();
    private final SamFrameAssembler assembler = new SamFrameAssembler();
    private final Random garbage = new Random(7);
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final Thread thread;
    private SimulatorLink link;
    private volatile boolean running = true;
    private volatile String address;

    /** Guards the card in the field: which one, and whether it was selected since it entered. */
    private final Object field = new Object();
    private String cardKey;
    private boolean enteredUnselected;
    private String swapInDuringNextRead;
    private volatile boolean silent;
    private volatile boolean samFault;
    private volatile boolean removeDuringNextRead;
    private volatile boolean controlCharacterInNextName;
    private volatile boolean corruptNextChecksum;
    private volatile boolean truncateNextReply;
    private volatile int garbageBeforeNextReply;

    /**
     * @param opener opens the link now, and again after {@link #plugBackIn()}
     * @param deck   the identities that can be placed
     * @param baud   the line speed to pace replies to; 0 sends at full speed (for unit tests)
     */
    public SamReaderSimulator(LinkOpener opener, IdentityDeck deck, int baud) throws IOException {
        this.opener = opener;
        this.deck = deck;
        this.pacer = new LinePacer(baud);
        this.link = opener.open();
        this.address = link.address();
        this.thread = new Thread(this::serve, "idcard-simulator");
        thread.setDaemon(true);
        thread.start();
    }

    /** A simulator on a new pseudo-terminal; with a link path, that path points to the slave side. */
    public static SamReaderSimulator onPseudoTerminal(Optional<Path> link, IdentityDeck deck, int baud) throws IOException {
        return new SamReaderSimulator(() -> new PseudoTerminalLink(link), deck, baud);
    }

    /** A simulator serving TCP on the loopback interface; port 0 picks a free port (see {@link #address()}). */
    public static SamReaderSimulator onTcp(int port, IdentityDeck deck, int baud) throws IOException {
        int[] bound = {port};
        return new SamReaderSimulator(() -> {
            TcpServerLink tcp = new TcpServerLink(bound[0]);
            bound[0] = tcp.port();
            return tcp;
        }, deck, baud);
    }

    /** Where a driver connects: a device path, a link path, or {@code host:port}. */
    public String address() {
        return address;
    }

    /**
     * Puts the card of a test identity in the field, replacing any card there (see
     * {@link #swap(String)}).
     *
     * @throws java.util.NoSuchElementException for a key not in the deck
     */
    public void place(String key) {
        deck.card(key).wipe();
        synchronized (field) {
            cardKey = key;
            enteredUnselected = true;
        }
    }

    /** Takes the card out of the field. */
    public void remove() {
        synchronized (field) {
            cardKey = null;
            enteredUnselected = false;
        }
    }

    /**
     * Takes the card out and puts the card of another test identity in, in one step: faster
     * than any watch period, so only the changed chip serial tells a driver. Swapping in the
     * card that is there makes it re-enter the field.
     *
     * @throws java.util.NoSuchElementException for a key not in the deck
     */
    public void swap(String key) {
        place(key);
    }

    /** Same as {@link #place(String)}. */
    public void placeCard(String key) {
        place(key);
    }

    /** Same as {@link #remove()}. */
    public void removeCard() {
        remove();
    }

    public boolean hasCard() {
        synchronized (field) {
            return cardKey != null;
        }
    }

    /** The key of the card in the field, if any. */
    public Optional<String> card() {
        synchronized (field) {
            return Optional.ofNullable(cardKey);
        }
    }

    /** The next read of base information fails because the card leaves the field during it. */
    public void removeCardDuringNextRead() {
        removeDuringNextRead = true;
    }

    /**
     * The next read of base information fails ({@code 41}) because the card is swapped for
     * {@code key}'s during it.
     *
     * @throws java.util.NoSuchElementException for a key not in the deck
     */
    public void swapCardDuringNextRead(String key) {
        deck.card(key).wipe();
        synchronized (field) {
            swapInDuringNextRead = key;
        }
    }

    /** The next base information carries a BEL (U+0007) as the name's second character, as a damaged card might. */
    public void controlCharacterInNextName() {
        controlCharacterInNextName = true;
    }

    /** The next reply goes out with a wrong checksum. */
    public void corruptNextChecksum() {
        corruptNextChecksum = true;
    }

    /** Only the first half of the next reply goes out. */
    public void truncateNextReply() {
        truncateNextReply = true;
    }

    /** Random bytes (without a preamble) go out before the next reply. */
    public void sendGarbageBeforeNextReply(int count) {
        garbageBeforeNextReply = count;
    }

    /** The SAM fails its self-test and answers every command with status 60, until {@link #repairSam()}. */
    public void breakSam() {
        samFault = true;
    }

    public void repairSam() {
        samFault = false;
    }

    /** The reader stops answering, until {@link #speakAgain()}. */
    public void goSilent() {
        silent = true;
    }

    public void speakAgain() {
        silent = false;
    }

    /** The port disappears, as when a USB-serial cable is pulled: the link is closed and removed. */
    public void unplug() {
        linkLock.lock();
        try {
            if (link != null) {
                link.close();
                link = null;
                assembler.clear();
            }
        } finally {
            linkLock.unlock();
        }
    }

    /** The port comes back (at the same link path, if there is one). */
    public void plugBackIn() throws IOException {
        linkLock.lock();
        try {
            if (link == null) {
                link = opener.open();
                address = link.address();
                plugged.signalAll();
            }
        } finally {
            linkLock.unlock();
        }
    }

    /** Bytes received from and sent to the driver since start. */
    public long bytesReceived() {
        return bytesIn.get();
    }

    public long bytesSent() {
        return bytesOut.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unplug();
    }

    private void serve() {
        byte[] buffer = new byte[1024];
        while (running) {
            linkLock.lock();
            try {
                if (link == null) {
                    plugged.await(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    continue;
                }
                int n = link.read(buffer, POLL);
                if (n > 0) {
                    bytesIn.addAndGet(n);
                    assembler.feed(buffer, 0, n);
                    Optional<byte[]> frame;
                    while ((frame = assembler.nextFrame()).isPresent()) {
                        answer(frame.get());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                // the driver side went away; keep serving the next one that opens the port
                assembler.clear();
            } finally {
                linkLock.unlock();
            }
        }
    }

    private void answer(byte[] frame) throws IOException {
        if (silent) {
            return;
        }
        SamReply reply;
        try {
            SamRequest request = SamFrameCodec.decodeRequest(frame);
            reply = reply(request);
        } catch (SamFrameException e) {
            reply = SamReply.of(SamStatus.HOST_CHECKSUM_ERROR, new byte[0]);
        }
        pacer.waitFor(frame.length);
        byte[] bytes = SamFrameCodec.encodeReply(reply);
        if (corruptNextChecksum) {
            corruptNextChecksum = false;
            bytes[bytes.length - 1] ^= 0x5A;
        }
        if (truncateNextReply) {
            truncateNextReply = false;
            bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        }
        int garbageCount = garbageBeforeNextReply;
        if (garbageCount > 0) {
            garbageBeforeNextReply = 0;
            byte[] noise = new byte[garbageCount];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) garbage.nextInt(0x80);
            }
            send(noise);
        }
        send(bytes);
    }

    private void send(byte[] bytes) throws IOException {
        SimulatorLink out = link;
        // counted before each write, so a driver that has the bytes also sees them counted
        pacer.write(bytes, (chunk, offset, length) -> {
            bytesOut.addAndGet(length);
            out.write(chunk, offset, length);
        });
    }

    private SamReply reply(SamRequest request) {
        Optional<SamCommand> command = SamCommand.of(request.command(), request.parameter());
        if (command.isEmpty()) {
            return SamReply.of(SamStatus.COMMAND_ERROR, new byte[0]);
        }
        if (samFault) {
            return SamReply.of(SamStatus.SAM_SELF_TEST_FAILED, new byte[0]);
        }
        synchronized (field) {
            return switch (command.get()) {
                case RESET_SAM, SAM_STATUS -> SamReply.of(SamStatus.OK, new byte[0]);
                case READ_SAM_ID -> SamReply.of(SamStatus.OK, SAM_ID);
                case FIND_CARD -> cardKey != null && enteredUnselected
                        ? SamReply.of(SamStatus.CARD_FOUND, new byte[4]) : SamReply.of(SamStatus.NO_CARD, new byte[0]);
                case SELECT_CARD -> select();
                case READ_BASE_INFO -> readBaseInfo();
            };
        }
    }

    private SamReply select() {
        if (cardKey == null) {
            return SamReply.of(SamStatus.SELECT_FAILED, new byte[0]);
        }
        enteredUnselected = false;
        return SamReply.of(SamStatus.OK, deck.chipSerial(cardKey));
    }

    private SamReply readBaseInfo() {
        String key = cardKey;
        if (key == null || enteredUnselected) {
            return SamReply.of(SamStatus.READ_FAILED, new byte[0]);
        }
        if (removeDuringNextRead) {
            removeDuringNextRead = false;
            cardKey = null;
            enteredUnselected = false;
            return SamReply.of(SamStatus.READ_FAILED, new byte[0]);
        }
        if (swapInDuringNextRead != null) {
            cardKey = swapInDuringNextRead;
            enteredUnselected = true;
            swapInDuringNextRead = null;
            return SamReply.of(SamStatus.READ_FAILED, new byte[0]);
        }
        IdentityRecord card = deck.card(key);
        byte[] text = ResidentIdTextBlock.encode(card);
        if (controlCharacterInNextName) {
            controlCharacterInNextName = false;
            text[2] = 0x07;
            text[3] = 0x00;
        }
        byte[] photo = card.photo().bytes();
        if (photo.length != ResidentIdTextBlock.PHOTO_LENGTH) {
            throw new DeviceException("test photo must have 1024 bytes");
        }
        byte[] data = new byte[4 + text.length + photo.length];
        data[0] = (byte) (text.length >> 8);
        data[1] = (byte) text.length;
        data[2] = (byte) (photo.length >> 8);
        data[3] = (byte) photo.length;
        System.arraycopy(text, 0, data, 4, text.length);
        System.arraycopy(photo, 0, data, 4 + text.length, photo.length);
        return SamReply.of(SamStatus.OK, data);
    }
}
