package org.onetrip.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardWatch;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.devices.idcard.ReaderCapabilities;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.devices.status.DeviceStatusListener;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.SessionEnd;
import org.onetrip.kiosk.shell.SessionEnding;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;

/**
 * The ID card step against the real SAM reader driver, talking to the reader simulator over a
 * pseudo-terminal.
 */
class CardIdentificationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private SamReaderSimulator simulator;
    private ObservedReader reader;
    private KioskShell shell;
    private CardIdentification identification;

    @BeforeEach
    void setUp() throws Exception {
        // paced like a real line, so a read takes as long as on a kiosk (about 120 ms)
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 115_200);
        reader = new ObservedReader(SamIdCardReader.overSerial(simulator.address(), 115_200,
                SamReaderTimeouts.defaults(), Clock.systemUTC()));
        shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)), Language.ZH_CN,
                time.clock(), time);
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), GRACE);
    }

    @AfterEach
    void tearDown() {
        identification.close();
        reader.close();
        simulator.close();
    }

    private void citizenOpensAJourney() {
        shell.touch();
        shell.openJourney(Journey.PRINT_CERTIFICATE);
    }

    @Test
    void aCardPlacedOnTheJourneyIdentifiesTheCitizenWithMaskedDetails() {
        citizenOpensAJourney();
        simulator.placeCard("zhang-wei");

        IdentificationState.Identified identified = (IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified);
        assertThat(identified.citizen().maskedName()).isEqualTo("张*");
        assertThat(identified.citizen().maskedIdNumber()).isEqualTo("1101**********1239");
        assertThat(identified.citizen().record().address()).isEqualTo("北京市东城区景山前街4号");
        assertThat(identification.citizen()).contains(identified.citizen());
    }

    @Test
    void whenTheSessionTimesOutTheCardDataIsWipedAndTheStepStartsOver() {
        citizenOpensAJourney();
        simulator.placeCard("li-xiuying");
        CitizenIdentity citizen = ((IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified)).citizen();

        time.advance(Duration.ofSeconds(81));

        assertThat(citizen.record().isWiped()).isTrue();
        assertThat(identification.state().get()).isInstanceOf(IdentificationState.WaitingForCard.class);
        assertThat(identification.citizen()).isEmpty();
    }

    @Test
    void aCardAlreadyOnTheReaderIsReadOnceWhenTheJourneyOpens() {
        shell.touch();
        simulator.placeCard("wang-fang");

        shell.openJourney(Journey.CHECK_PROGRESS);

        IdentificationState identified = await(s -> s instanceof IdentificationState.Identified);
        assertThat(((IdentificationState.Identified) identified).citizen().maskedIdNumber()).isEqualTo("6401**********1822");
        assertThat(reader.reads).hasSize(1);
    }

    @Test
    void anExpiredCardIsRefusedWithTheDateItExpired() {
        citizenOpensAJourney();
        simulator.placeCard("chen-jing");

        IdentificationState state = await(s -> s instanceof IdentificationState.CardExpired);
        assertThat(((IdentificationState.CardExpired) state).expiredOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(identification.citizen()).isEmpty();
    }

    @Test
    void aCardPulledMidReadSaysKeepItStillAndHoldsNothing() {
        citizenOpensAJourney();
        simulator.removeCardDuringNextRead();
        simulator.placeCard("ouyang-mingyuan");

        IdentificationState notRead = await(s -> s instanceof IdentificationState.NotRead);
        assertThat(((IdentificationState.NotRead) notRead).reason()).isEqualTo(ReadFailure.CARD_REMOVED);
        assertThat(identification.citizen()).isEmpty();
    }

    @Test
    void aReadFinishingAfterItsSessionEndedIsWipedAndNeverShown() throws Exception {
        citizenOpensAJourney();
        CompletableFuture<IdentificationState> reading = expect(s -> s instanceof IdentificationState.Reading);
        simulator.placeCard("wang-fang");
        reading.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        // the state says reading just before the read is handed to the reader
        awaitTrue(() -> !reader.reads.isEmpty(), "the read handed to the reader");

        shell.finish();
        CardRead late = reader.reads.get(0).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertThat(late).isInstanceOf(CardRead.Success.class);
        assertThat(((CardRead.Success) late).identity().isWiped()).isTrue();
        assertThat(identification.state().get()).isInstanceOf(IdentificationState.WaitingForCard.class);
    }

    @Test
    void aCardTakenAwayIsAskedBackAndTheSessionEndsWipedWhenItDoesNotReturn() {
        List<SessionEnd> ends = new CopyOnWriteArrayList<>();
        shell.onSessionEnd(ends::add);
        citizenOpensAJourney();
        simulator.placeCard("zhang-wei");
        CitizenIdentity citizen = ((IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified)).citizen();

        simulator.removeCard();
        awaitTrue(() -> identification.away().get().isPresent(), "the card is asked back");
        assertThat(identification.away().get().orElseThrow().grace()).isEqualTo(GRACE);
        time.advance(GRACE.minusSeconds(1));
        assertThat(shell.sessionScope()).as("still within the grace period").isPresent();
        assertThat(citizen.record().isWiped()).isFalse();

        time.advance(Duration.ofSeconds(1));

        assertThat(shell.sessionScope()).as("the session ended").isEmpty();
        assertThat(ends).extracting(SessionEnd::how).containsExactly(SessionEnding.CARD_NOT_RETURNED);
        assertThat(citizen.record().isWiped()).isTrue();
        assertThat(identification.citizen()).isEmpty();
        assertThat(identification.away().get()).isEmpty();
    }

    @Test
    void theSameCardBackWithinTheGraceCarriesOnTheSession() {
        citizenOpensAJourney();
        simulator.placeCard("zhang-wei");
        CitizenIdentity citizen = ((IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified)).citizen();

        simulator.removeCard();
        awaitTrue(() -> identification.away().get().isPresent(), "the card is asked back");
        time.advance(Duration.ofSeconds(10));
        simulator.placeCard("zhang-wei");
        awaitTrue(() -> identification.away().get().isEmpty(), "the card is back");
        time.advance(GRACE);

        assertThat(shell.sessionScope()).isPresent();
        assertThat(identification.citizen()).contains(citizen);
        assertThat(citizen.record().isWiped()).isFalse();
    }

    @Test
    void anotherCardEndsTheSessionAndWipesItBeforeTheNewCardIsRead() {
        List<SessionEnd> ends = new CopyOnWriteArrayList<>();
        shell.onSessionEnd(ends::add);
        citizenOpensAJourney();
        simulator.placeCard("zhang-wei");
        CitizenIdentity first = ((IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified)).citizen();
        int readsBefore = reader.reads.size();

        // lifted and replaced faster than the reader's watch looks
        simulator.swap("wang-fang");

        awaitTrue(() -> shell.sessionScope().isEmpty(), "the session ends");
        assertThat(ends).extracting(SessionEnd::how).containsExactly(SessionEnding.CARD_SWAPPED);
        assertThat(first.record().isWiped()).isTrue();
        assertThat(identification.citizen()).isEmpty();
        assertThat(reader.reads).as("the new card is not read into the old session").hasSize(readsBefore);

        citizenOpensAJourney();
        IdentificationState.Identified second = (IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified);
        assertThat(second.citizen().maskedName()).isEqualTo("王*");
    }

    @Test
    void anotherCardPlacedWhileTheFirstIsAskedBackEndsTheSession() {
        citizenOpensAJourney();
        simulator.placeCard("zhang-wei");
        CitizenIdentity first = ((IdentificationState.Identified) await(
                s -> s instanceof IdentificationState.Identified)).citizen();
        simulator.removeCard();
        awaitTrue(() -> identification.away().get().isPresent(), "the card is asked back");

        simulator.placeCard("wang-fang");

        awaitTrue(() -> shell.sessionScope().isEmpty(), "the session ends");
        assertThat(first.record().isWiped()).isTrue();
        assertThat(identification.away().get()).isEmpty();
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + WAIT + ": " + what);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }

    private IdentificationState await(Predicate<IdentificationState> wanted) {
        try {
            return expect(wanted).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("identification did not reach the expected state; it is "
                    + identification.state().get(), e);
        }
    }

    /** Completes with the first state, now or later, that {@code wanted} accepts. */
    private CompletableFuture<IdentificationState> expect(Predicate<IdentificationState> wanted) {
        CompletableFuture<IdentificationState> reached = new CompletableFuture<>();
        Consumer<IdentificationState> check = state -> {
            if (wanted.test(state)) {
                reached.complete(state);
            }
        };
        var subscription = identification.state().subscribe(check);
        check.accept(identification.state().get());
        return reached.whenComplete((state, error) -> subscription.cancel());
    }

    /** The real reader, with the futures of the reads it was asked for kept for the test to inspect. */
    private static final class ObservedReader implements IdCardReader {
        private final IdCardReader delegate;
        final List<CompletableFuture<CardRead>> reads = new CopyOnWriteArrayList<>();

        ObservedReader(IdCardReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public ReaderCapabilities capabilities() {
            return delegate.capabilities();
        }

        @Override
        public CompletableFuture<CardRead> read() {
            CompletableFuture<CardRead> read = delegate.read();
            reads.add(read);
            return read;
        }

        @Override
        public CompletableFuture<SelfTestResult> selfTest() {
            return delegate.selfTest();
        }

        @Override
        public DeviceStatus status() {
            return delegate.status();
        }

        @Override
        public void addStatusListener(DeviceStatusListener listener) {
            delegate.addStatusListener(listener);
        }

        @Override
        public CardWatch watchCards(Consumer<CardEvent> listener) {
            return delegate.watchCards(listener);
        }

        @Override
        public Map<String, Long> counters() {
            return delegate.counters();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
