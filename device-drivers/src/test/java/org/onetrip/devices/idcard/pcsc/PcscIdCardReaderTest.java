package org.onetrip.devices.idcard.pcsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.CardWatch;
import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.ReadFailure;
import org.onetrip.devices.idcard.Sex;
import org.onetrip.devices.status.SelfTestResult;
import org.onetrip.devices.transport.pcsc.FileSystemCard;
import org.onetrip.devices.transport.pcsc.SimulatedTerminalProvider;

/** The PC/SC driver through the real javax.smartcardio API, against a simulated file-system card. */
class PcscIdCardReaderTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final SimulatedTerminalProvider provider = new SimulatedTerminalProvider("Simulated Reader 0");
    private final PcscIdCardReader reader = new PcscIdCardReader(provider.slot(),
            List.of(new BelgianEidProfile(), new GenericTlvProfile(TestCards.residentLayout())), Duration.ofMillis(50), TODAY);

    @AfterEach
    void close() {
        reader.close();
    }

    private CardRead read() throws Exception {
        return reader.read().get(10, TimeUnit.SECONDS);
    }

    @Test
    void readsABelgianEidIdentityAddressAndPhoto() throws Exception {
        provider.insert(TestCards.belgianCard());

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Success.class);
        IdentityRecord id = ((CardRead.Success) outcome).identity();
        assertThat(id.name()).isEqualTo("Jan Marie Peeters");
        assertThat(id.idNumber()).isEqualTo("75051412345");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1975, 5, 14));
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.nation().name()).isEqualTo("Belg");
        assertThat(id.address()).isEqualTo("Naamsestraat 22, 3000 Leuven");
        assertThat(id.authority()).isEqualTo("Leuven");
        assertThat(id.validity().until()).contains(LocalDate.of(2032, 2, 1));
        assertThat(id.photo().format()).isEqualTo(PhotoFormat.JPEG);
        assertThat(id.photo().bytes()).isEqualTo(TestCards.JPEG);
    }

    @Test
    void readsAResidentIdentityThroughTheGenericTlvProfile() throws Exception {
        provider.insert(TestCards.residentCard("liu-yan"));

        CardRead outcome = read();

        assertThat(outcome).isInstanceOf(CardRead.Success.class);
        IdentityRecord id = ((CardRead.Success) outcome).identity();
        assertThat(id.name()).isEqualTo("刘䶮");
        assertThat(id.idNumber()).isEqualTo("440103196609300155");
        assertThat(id.nation().code()).isEqualTo("01");
        assertThat(reader.counters()).containsEntry("cardsRead", 1L);
    }

    @Test
    void longTermValidityIsReadFromTheGenericProfile() throws Exception {
        provider.insert(TestCards.residentCard("li-xiuying"));

        CardRead outcome = read();

        assertThat(((CardRead.Success) outcome).identity().validity().isLongTerm()).isTrue();
    }

    @Test
    void expiredCardIsRefused() throws Exception {
        provider.insert(TestCards.residentCard("chen-jing"));

        assertThat(read()).isEqualTo(new CardRead.Expired(LocalDate.of(2024, 5, 10)));
    }

    @Test
    void noCardAndUnknownCardsAreOutcomes() throws Exception {
        assertThat(read().failure()).contains(ReadFailure.NO_CARD);

        provider.insert(new FileSystemCard(TestCards.ATR));
        CardRead unknown = read();

        assertThat(unknown.failure()).contains(ReadFailure.UNSUPPORTED_CARD);
        assertThat(((CardRead.Failure) unknown).detail()).contains("3B98");
        assertThat(reader.counters()).containsEntry("readFailure.NO_CARD", 1L).containsEntry("readFailure.UNSUPPORTED_CARD", 1L);
    }

    @Test
    void cardRemovedDuringTheReadGivesNoRecord() throws Exception {
        provider.insert(TestCards.belgianCard());
        provider.removeAfter(3);

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.CARD_REMOVED);
    }

    @Test
    void aCardSwappedDuringTheReadGivesNoRecordAndTheNextReadNamesTheNewCard() throws Exception {
        provider.insert(TestCards.residentCard("zhang-wei"));
        provider.swapAfter(3, TestCards.residentCard("wang-fang"));

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.CARD_REMOVED);
        CardRead next = read();
        assertThat(((CardRead.Success) next).identity().name()).isEqualTo("王芳");
        assertThat(((CardRead.Success) next).card()).contains(CardIdentifier.of(TestCards.uid("wang-fang")));
    }

    @Test
    void aContactCardWithoutUidIsIdentifiedByADigestOfItsChipNumber() throws Exception {
        provider.insert(TestCards.belgianCard());

        CardRead.Success first = (CardRead.Success) read();
        CardRead.Success again = (CardRead.Success) read();

        CardIdentifier card = first.card().orElseThrow();
        assertThat(again.card()).contains(card);
        assertThat(card.bytes()).hasSize(8);
        assertThat(card.hex()).doesNotContain("534C494E33660013930D2C2B04072D2B").isNotEqualTo(
                CardIdentifier.of(TestCards.uid("zhang-wei")).hex());
    }

    @Test
    void watchSeesAContactCardSwappedForAContactlessOneBetweenTwoSlices() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader.watchCards(events::add)) {
            provider.insert(TestCards.belgianCard());
            assertThat(((CardEvent.CardPlaced) events.poll(5, TimeUnit.SECONDS)).card()).isPresent();

            provider.insert(TestCards.residentCard("chen-jing"));

            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
            assertThat(((CardEvent.CardPlaced) events.poll(5, TimeUnit.SECONDS)).card())
                    .contains(CardIdentifier.of(TestCards.uid("chen-jing")));
        }
    }

    @Test
    void aNameWithAControlCharacterIsUnreadableAndNotEchoed() throws Exception {
        java.util.List<SimpleTlv.Element> elements = new java.util.ArrayList<>(SimpleTlv.parse(
                TestCards.residentCardFile("zhang-wei")));
        elements.set(0, TestCards.text(1, "张\u0001伟"));
        provider.insert(new FileSystemCard(TestCards.ATR)
                .withApplication(TestCards.ONETRIP_AID, java.util.HexFormat.of().parseHex("6F0A8409F04F4E455452495001"))
                .withFile(TestCards.IDENTITY_FILE, SimpleTlv.encode(elements)));

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.UNREADABLE);
        assertThat(((CardRead.Failure) outcome).detail()).contains("name holds a control character (U+0001) at position 2")
                .doesNotContain("张");
    }

    @Test
    void aBrokenFileIsUnreadableWithTheCommandInHex() throws Exception {
        provider.insert(new FileSystemCard(TestCards.ATR).withApplication(BelgianEidProfile.BELPIC_AID, new byte[0]));

        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.UNREADABLE);
        assertThat(((CardRead.Failure) outcome).detail())
                .contains("6A82").contains("00 A4 08 0C 06 3F 00 DF 01 40 31").contains("response 6A 82");
    }

    @Test
    void watchSeesInsertAndRemoveAndStopsWhenCancelled() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        CardWatch watch = reader.watchCards(events::add);

        provider.insert(TestCards.belgianCard());
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
        assertThat(read()).isInstanceOf(CardRead.Success.class);
        provider.remove();
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);

        watch.cancel();
        read();
        provider.insert(TestCards.belgianCard());
        read();

        assertThat(events).isEmpty();
    }

    @Test
    void selfTestNamesTheReaderAndTheCardAtr() throws Exception {
        provider.insert(TestCards.belgianCard());

        SelfTestResult result = reader.selfTest().get(5, TimeUnit.SECONDS);

        assertThat(result.ok()).isTrue();
        assertThat(result.details()).containsEntry("reader", "PC/SC Simulated Reader 0")
                .containsEntry("atr", "3B9813400AA503010101AD1311").containsEntry("protocol", "T=0");
    }
}
