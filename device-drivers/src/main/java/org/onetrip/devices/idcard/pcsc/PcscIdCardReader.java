package org.onetrip.devices.idcard.pcsc;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
import org.onetrip.devices.transport.ApduChannel;
import org.onetrip.devices.transport.CardAbsentException;
import org.onetrip.devices.transport.CardSlot;

/**
 * An identity card in a PC/SC reader (contact or contactless), read by the first of its
 * profiles that recognises the card. Cards are identified by their UID where the reader gives
 * one, else by a digest of their card number (see {@link #identify}), so a read and the card
 * watch name the same card the same way.
 */
public final class PcscIdCardReader implements IdCardReader {
    private final CardSlot slot;
    private final List<CardProfile> profiles;
    private final Duration watchSlice;
    private final DeviceThread thread;
    private final DeviceHealth health;
    private final IdentityAcceptance acceptance;
    private final Clock clock;
    private final DeviceCounters counters = new DeviceCounters();

    /**
     * @param slot       the reader
     * @param profiles   card profiles, tried in order
     * @param watchSlice how long one step of the card watch waits for a change; a cancel
     *                   takes effect within this time
     * @param clock      for status times and the expiry check
     */
    public PcscIdCardReader(CardSlot slot, List<CardProfile> profiles, Duration watchSlice, Clock clock) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one card profile is needed");
        }
        this.slot = slot;
        this.profiles = List.copyOf(profiles);
        this.watchSlice = watchSlice;
        this.clock = clock;
        this.thread = new DeviceThread("idcard-pcsc " + slot.name());
        this.health = new DeviceHealth("idcard", DeviceState.ONLINE, clock);
        this.acceptance = new IdentityAcceptance(clock);
    }

    @Override
    public ReaderCapabilities capabilities() {
        return new ReaderCapabilities("PC/SC", Set.of(PhotoFormat.JPEG, PhotoFormat.NONE), true,
                profiles.stream().map(CardProfile::name).collect(Collectors.toSet()));
    }

    @Override
    public CompletableFuture<CardRead> read() {
        return thread.submit(() -> {
            CardRead outcome = readOnDeviceThread();
            counters.increment(outcome instanceof CardRead.Success ? "cardsRead" : "readFailure." + outcome.failure().orElseThrow());
            return outcome;
        });
    }

    private CardRead readOnDeviceThread() {
        try {
            if (!slot.isCardPresent()) {
                health.online();
                return new CardRead.Failure(ReadFailure.NO_CARD, "no card on " + slot.name());
            }
            try (ApduChannel channel = slot.connect()) {
                IsoCardSession session = new IsoCardSession(channel);
                // identified first, on the same connection: a card swapped later breaks the
                // connection (removed card), so the record read is always of this card
                Optional<CardIdentifier> card = identify(session);
                for (CardProfile profile : profiles) {
                    Optional<IdentityRecord> identity = profile.read(session);
                    if (identity.isPresent()) {
                        health.online();
                        return acceptance.accept(identity.get(), profile.hasResidentIdNumber(), card);
                    }
                }
                health.online();
                return new CardRead.Failure(ReadFailure.UNSUPPORTED_CARD, "no profile recognises the card with ATR "
                        + HexFormat.of().withUpperCase().formatHex(channel.atr()));
            }
        } catch (CardAbsentException e) {
            health.online();
            return new CardRead.Failure(ReadFailure.CARD_REMOVED, e.getMessage());
        } catch (CardCommandException e) {
            counters.increment("cardErrors");
            health.update(DeviceState.ONLINE, Set.of(DeviceReason.CARD_UNREADABLE), Optional.of(e.getMessage()));
            return new CardRead.Failure(ReadFailure.UNREADABLE, e.getMessage());
        } catch (IllegalArgumentException e) {
            health.update(DeviceState.ONLINE, Set.of(DeviceReason.CARD_UNREADABLE), Optional.of(e.getMessage()));
            return new CardRead.Failure(ReadFailure.UNREADABLE, "card data does not fit its profile: " + e.getMessage());
        } catch (IOException e) {
            health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, e.getMessage());
            return new CardRead.Failure(ReadFailure.READER_OFFLINE, e.getMessage());
        }
    }

    @Override
    public CompletableFuture<SelfTestResult> selfTest() {
        return thread.submit(() -> {
            long start = System.nanoTime();
            Map<String, String> details = new LinkedHashMap<>();
            details.put("reader", "PC/SC " + slot.name());
            try {
                boolean present = slot.isCardPresent();
                details.put("cardPresent", Boolean.toString(present));
                if (present) {
                    try (ApduChannel channel = slot.connect()) {
                        details.put("atr", HexFormat.of().withUpperCase().formatHex(channel.atr()));
                        details.put("protocol", channel.protocol());
                    } catch (CardAbsentException e) {
                        details.put("cardPresent", "false");
                    }
                }
                details.put("firmware", "not reported through PC/SC");
                health.online();
                return new SelfTestResult(true, details, Duration.ofNanos(System.nanoTime() - start), "reader answers");
            } catch (IOException e) {
                health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, e.getMessage());
                return new SelfTestResult(false, details, Duration.ofNanos(System.nanoTime() - start), e.getMessage());
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
     * Watches with the reader's own card-change wait, one slice at a time on the device
     * thread, so reads and a cancel get their turn between slices. While a card stays, each
     * slice also identifies it again (see {@link #identify}): a card swapped faster than the
     * reader reports an empty field is reported as removed, then placed.
     */
    @Override
    public CardWatch watchCards(Consumer<CardEvent> listener) {
        ScheduledCardWatch watch = new ScheduledCardWatch();
        Seen[] last = {Seen.EMPTY};
        watch.attach(thread.repeat(() -> {
            if (watch.isCancelled()) {
                return;
            }
            try {
                Seen now;
                if (!last[0].present()) {
                    now = slot.waitForCardPresent(watchSlice) ? look() : Seen.EMPTY;
                } else {
                    now = slot.waitForCardAbsent(watchSlice) ? Seen.EMPTY : look();
                }
                boolean another = last[0].present() && now.present() && last[0].card().isPresent()
                        && now.card().isPresent() && !last[0].card().equals(now.card());
                if (last[0].present() && (!now.present() || another)) {
                    watch.deliver(listener, new CardEvent.CardRemoved(clock.instant()));
                }
                if (now.present() && (!last[0].present() || another)) {
                    watch.deliver(listener, new CardEvent.CardPlaced(clock.instant(), now.card()));
                }
                if (now.present() != last[0].present() || another || (now.present() && last[0].card().isEmpty())) {
                    last[0] = now;
                }
            } catch (IOException e) {
                health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, e.getMessage());
                // a missing reader answers at once; back off so the watch does not spin
                java.util.concurrent.locks.LockSupport.parkNanos(watchSlice.toNanos());
            }
        }, Duration.ofMillis(1)));
        return watch;
    }

    /** Whether a card lies in the reader and, when it can be told, which. */
    private record Seen(boolean present, Optional<CardIdentifier> card) {
        static final Seen EMPTY = new Seen(false, Optional.empty());
    }

    /** Connects to the card in the reader and identifies it. */
    private Seen look() throws IOException {
        try (ApduChannel channel = slot.connect()) {
            return new Seen(true, identify(new IsoCardSession(channel)));
        } catch (CardAbsentException e) {
            return Seen.EMPTY;
        } catch (CardCommandException | IllegalArgumentException e) {
            counters.increment("cardsNotIdentified");
            return new Seen(true, Optional.empty());
        }
    }

    /**
     * Which card this is: the UID a contactless reader answers to GET DATA
     * ({@code FF CA 00 00 00}); else, for a card without one (contact cards), the first 8 bytes
     * of the SHA-256 of the first profile's card number ({@link CardProfile#cardNumber}); else
     * empty. The card number itself never leaves this method.
     *
     * @throws CardCommandException when the card has a profile's application but fails to give its number
     */
    private Optional<CardIdentifier> identify(IsoCardSession session) throws IOException {
        ResponseApdu uid = session.transmit(CommandApdu.getDataUid());
        byte[] uidBytes = uid.data();
        if (uid.statusWord() == StatusWord.OK && uidBytes.length > 0 && uidBytes.length <= 32) {
            return Optional.of(CardIdentifier.of(uidBytes));
        }
        for (CardProfile profile : profiles) {
            Optional<byte[]> number = profile.cardNumber(session);
            if (number.isPresent()) {
                byte[] digest = digest(profile.name(), number.get());
                java.util.Arrays.fill(number.get(), (byte) 0);
                return Optional.of(CardIdentifier.of(java.util.Arrays.copyOf(digest, 8)));
            }
        }
        return Optional.empty();
    }

    private static byte[] digest(String profile, byte[] number) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(profile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(number);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public Map<String, Long> counters() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        thread.close();
    }
}
