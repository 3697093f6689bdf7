package org.onetrip.devices.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardWatch;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.devices.idcard.Sex;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatusChanged;
import org.onetrip.devices.status.SelfTestResult;

/** The SAM driver against the simulator on the far end of a real pseudo-terminal (and of TCP). */
class SamIdCardReaderTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final SamReaderTimeouts FAST = new SamReaderTimeouts(Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofMillis(20));

    private SamReaderSimulator simulator;
    private SamIdCardReader reader;

    @AfterEach
    void tearDown() {
        if (reader != null) {
            reader.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private void startOnPty(Optional<Path> link) throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(link, IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115200, FAST, TODAY);
    }

    private CardRead read() throws Exception {
        return reader.read().get(10, TimeUnit.SECONDS);
    }

    @Test
    void readsAFullIdentityOverAPseudoTerminal() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("zhang-wei");

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Success.class);
        IdentityRecord id = ((CardRead.Success) outcome).identity();
        assertThat(id.name()).isEqualTo("张伟");
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.nation().name()).isEqualTo("汉");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(id.address()).isEqualTo("北京市东城区景山前街4号");
        assertThat(id.idNumber()).isEqualTo("110101198503121239");
        assertThat(id.authority()).isEqualTo("北京市公安局东城分局");
        assertThat(id.validity().until()).contains(LocalDate.of(2035, 6, 1));
        assertThat(id.photo().format()).isEqualTo(PhotoFormat.WLT);
        assertThat(id.photo().bytes()).hasSize(1024).isEqualTo(IdentityDeck.standard().card("zhang-wei").photo().bytes());
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
        assertThat(reader.counters()).containsEntry("cardsRead", 1L);
    }

    @Test
    void noCardTellsTheCitizenToPlaceIt() throws Exception {
        startOnPty(Optional.empty());

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.NO_CARD);
        assertThat(reader.counters()).containsEntry("readFailure.NO_CARD", 1L);
    }

    @Test
    void cardRemovedDuringTheReadGivesNoRecordButAClearReason() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("wang-fang");
        simulator.removeCardDuringNextRead();

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Failure.class);
        assertThat(outcome.failure()).contains(ReadFailure.CARD_REMOVED);
        assertThat(reader.counters()).doesNotContainKey("cardsRead");
    }

    @Test
    void truncatedReplyIsRejectedWithTheByteCount() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("wang-fang");
        reader.read().get(5, TimeUnit.SECONDS);
        // the card re-enters the field, so FIND answers 9F with its 4 data bytes (15 in all)
        simulator.swap("wang-fang");
        simulator.truncateNextReply();

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.UNREADABLE);
        assertThat(((CardRead.Failure) outcome).detail()).contains("truncated").contains("of 15 bytes");
    }

    @Test
    void badChecksumIsRejectedAndTheNextReadWorks() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("li-xiuying");
        simulator.corruptNextChecksum();

        CardRead bad = read();
        CardRead good = read();

        assertThat(bad.failure()).contains(ReadFailure.UNREADABLE);
        assertThat(((CardRead.Failure) bad).detail()).contains("checksum");
        assertThat(good).isInstanceOf(CardRead.Success.class);
        assertThat(((CardRead.Success) good).identity().validity().isLongTerm()).isTrue();
        assertThat(reader.counters()).containsEntry("frameErrors", 1L);
    }

    @Test
    void silentReaderTimesOutAndShowsOffline() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("zhang-wei");
        simulator.goSilent();

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.READER_OFFLINE);
        assertThat(((CardRead.Failure) outcome).detail()).contains("no reply to 20 01 within 500 ms");
        assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(reader.status().reasons()).containsExactly(DeviceReason.TIMEOUT);

        simulator.speakAgain();
        assertThat(read()).isInstanceOf(CardRead.Success.class);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void garbageBeforeAReplyIsSkipped() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("liu-yan");
        simulator.sendGarbageBeforeNextReply(300);

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Success.class);
        assertThat(((CardRead.Success) outcome).identity().name()).isEqualTo("刘䶮");
    }

    @Test
    void expiredCardIsRefusedWithItsDate() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("chen-jing");

        CardRead outcome = read();

        assertThat(outcome).isEqualTo(new CardRead.Expired(LocalDate.of(2024, 5, 10)));
        assertThat(reader.counters()).containsEntry("readFailure.EXPIRED", 1L);
        assertThat(reader.status().reasons()).containsExactly(DeviceReason.CARD_EXPIRED);
    }

    @Test
    void reconnectsWhenThePortDisappearsAndComesBack(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("ttyIDCARD");
        startOnPty(Optional.of(link));
        LinkedBlockingQueue<DeviceStatusChanged> changes = new LinkedBlockingQueue<>();
        reader.addStatusListener(changes::add);
        simulator.placeCard("ouyang-mingyuan");
        assertThat(read()).isInstanceOf(CardRead.Success.class);

        simulator.unplug();
        assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        CardRead whileUnplugged = read();

        assertThat(whileUnplugged.failure()).contains(ReadFailure.READER_OFFLINE);
        assertThat(reader.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(reader.status().reasons()).containsExactly(DeviceReason.PORT_MISSING);

        // nobody asks for a read: the card watch alone finds the port again
        try (CardWatch watch = reader.watchCards(event -> { })) {
            changes.clear();
            simulator.plugBackIn();
            DeviceStatusChanged change;
            do {
                change = changes.poll(10, TimeUnit.SECONDS);
                assertThat(change).as("status change after the port came back").isNotNull();
            } while (change.current().state() != DeviceState.ONLINE);
        }
        assertThat(read()).isInstanceOf(CardRead.Success.class);
        assertThat(reader.counters()).containsEntry("reconnects", 1L);
    }

    @Test
    void readsOverTcpLikeASerialToEthernetConverter() throws Exception {
        simulator = SamReaderSimulator.onTcp(0, IdentityDeck.standard(), 0);
        String[] hostPort = simulator.address().split(":");
        reader = SamIdCardReader.overTcp(hostPort[0], Integer.parseInt(hostPort[1]), FAST, TODAY);
        simulator.placeCard("wang-fang");

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Success.class);
        assertThat(((CardRead.Success) outcome).identity().nation().name()).isEqualTo("回");
    }

    @Test
    void selfTestReportsTheSamIdentity() throws Exception {
        startOnPty(Optional.empty());

        SelfTestResult result = reader.selfTest().get(5, TimeUnit.SECONDS);

        assertThat(result.ok()).isTrue();
        assertThat(result.details()).containsEntry("samId", "05.01-20260101-000001234-123456789");
        assertThat(result.details().get("reader")).contains(simulator.address());
    }

    @Test
    void samFaultIsAHardwareErrorUntilTheSamIsRepairedAndReset() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("zhang-wei");
        simulator.breakSam();

        SelfTestResult result = reader.selfTest().get(5, TimeUnit.SECONDS);
        CardRead outcome = read();
        boolean resetWhileBroken = reader.resetSam().get(5, TimeUnit.SECONDS);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("SAM failed its self-test");
        assertThat(outcome.failure()).contains(ReadFailure.READER_FAULT);
        assertThat(reader.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(reader.status().reasons()).containsExactly(DeviceReason.SAM_FAULT);
        assertThat(resetWhileBroken).isFalse();

        simulator.repairSam();
        assertThat(reader.resetSam().get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(read()).isInstanceOf(CardRead.Success.class);
        assertThat(reader.status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void selfTestFailsClearlyWhenThePortIsMissing(@TempDir Path dir) throws Exception {
        reader = SamIdCardReader.overSerial(dir.resolve("nothing").toString(), 115200, FAST, TODAY);

        SelfTestResult result = reader.selfTest().get(5, TimeUnit.SECONDS);

        assertThat(result.ok()).isFalse();
        assertThat(result.message()).contains("does not exist");
        assertThat(reader.status().reasons()).containsExactly(DeviceReason.PORT_MISSING);
    }

    @Test
    void watchReportsCardPlacedAndRemovedUntilCancelled() throws Exception {
        startOnPty(Optional.empty());
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        CardWatch watch = reader.watchCards(events::add);

        simulator.placeCard("zhang-wei");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
        assertThat(read()).isInstanceOf(CardRead.Success.class);
        simulator.removeCard();
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);

        watch.cancel();
        reader.read().get(5, TimeUnit.SECONDS);
        simulator.placeCard("zhang-wei");
        // a read queued behind any last watch step proves the watch has stopped checking
        reader.read().get(5, TimeUnit.SECONDS);
        assertThat(watch.isCancelled()).isTrue();
        assertThat(events).isEmpty();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheWatch() throws Exception {
        startOnPty(Optional.empty());
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader.watchCards(event -> {
            events.add(event);
            throw new IllegalStateException("listener bug");
        })) {
            simulator.placeCard("zhang-wei");
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
            simulator.removeCard();
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
        }
    }

    @Test
    void aCardSwappedDuringTheReadGivesNoRecordOfEitherCard() throws Exception {
        startOnPty(Optional.empty());
        simulator.place("zhang-wei");
        simulator.swapCardDuringNextRead("wang-fang");

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.CARD_REMOVED);
        assertThat(((CardRead.Failure) outcome).detail()).contains("another card");
        assertThat(reader.counters()).containsEntry("cardsSwappedDuringRead", 1L);
        CardRead next = read();
        assertThat(((CardRead.Success) next).identity().name()).isEqualTo("王芳");
        assertThat(((CardRead.Success) next).card()).contains(IdentityDeck.standard().cardIdentifier("wang-fang"));
    }

    @Test
    void aCardTakenOffAndPutBackBetweenTwoChecksIsRemovedThenPlaced() throws Exception {
        startOnPty(Optional.empty());
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader.watchCards(events::add)) {
            simulator.place("zhang-wei");
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
            assertThat(read()).isInstanceOf(CardRead.Success.class);

            // FIND finds it again only because it re-entered the field
            simulator.swap("zhang-wei");

            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
            assertThat(((CardEvent.CardPlaced) events.poll(5, TimeUnit.SECONDS)).card())
                    .contains(IdentityDeck.standard().cardIdentifier("zhang-wei"));
        }
    }

    @Test
    void aSwapFasterThanAWatchPeriodIsSeenThroughTheSerial() throws Exception {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        // a long watch period: the swap lands between two checks for sure
        reader = SamIdCardReader.overSerial(simulator.address(), 115200,
                new SamReaderTimeouts(Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofMillis(400)), TODAY);
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader.watchCards(events::add)) {
            simulator.place("li-xiuying");
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
            simulator.remove();
            simulator.place("liu-yan");

            CardEvent first = events.poll(5, TimeUnit.SECONDS);
            CardEvent second = events.poll(5, TimeUnit.SECONDS);

            assertThat(first).isInstanceOf(CardEvent.CardRemoved.class);
            assertThat(((CardEvent.CardPlaced) second).card()).contains(IdentityDeck.standard().cardIdentifier("liu-yan"));
            assertThat(second.toString()).doesNotContain(IdentityDeck.standard().cardIdentifier("liu-yan").hex());
        }
    }

    @Test
    void aNameWithAControlCharacterIsUnreadableAndNotEchoed() throws Exception {
        startOnPty(Optional.empty());
        simulator.place("zhang-wei");
        simulator.controlCharacterInNextName();

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.UNREADABLE);
        assertThat(((CardRead.Failure) outcome).detail()).endsWith("name holds a control character (U+0007) at position 2")
                .doesNotContain("张");
    }

    @Test
    void everyRecordReadCanBeWiped() throws Exception {
        startOnPty(Optional.empty());
        simulator.placeCard("zhang-wei");
        IdentityRecord id = ((CardRead.Success) read()).identity();

        id.wipe();

        assertThat(id.isWiped()).isTrue();
        assertThat(id.photo().bytes()).containsOnly(0);
        assertThat(id.raw()).containsOnly(0);
        assertThat(id.toString()).doesNotContain("张伟").doesNotContain("110101198503121239");
    }
}
