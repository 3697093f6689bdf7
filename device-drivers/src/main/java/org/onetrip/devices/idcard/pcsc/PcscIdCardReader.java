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
 * profiles that recognises the card.
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
                for (CardProfile profile : profiles) {
                    Optional<IdentityRecord> identity = profile.read(session);
                    if (identity.isPresent()) {
                        health.online();
                        return acceptance.accept(identity.get(), profile.hasResidentIdNumber());
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
     * thread, so reads and a cancel get their turn between slices.
     */
    @Override
    public CardWatch watchCards(Consumer<CardEvent> listener) {
        ScheduledCardWatch watch = new ScheduledCardWatch();
        boolean[] present = {false};
        watch.attach(thread.repeat(() -> {
            if (watch.isCancelled()) {
                return;
            }
            try {
                boolean now = present[0] ? !slot.waitForCardAbsent(watchSlice) : slot.waitForCardPresent(watchSlice);
                if (now != present[0]) {
                    present[0] = now;
                    watch.deliver(listener, now ? new CardEvent.CardPlaced(clock.instant()) : new CardEvent.CardRemoved(clock.instant()));
                }
            } catch (IOException e) {
                health.report(DeviceState.OFFLINE, DeviceReason.PORT_MISSING, e.getMessage());
                // a missing reader answers at once; back off so the watch does not spin
                java.util.concurrent.locks.LockSupport.parkNanos(watchSlice.toNanos());
            }
        }, Duration.ofMillis(1)));
        return watch;
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
