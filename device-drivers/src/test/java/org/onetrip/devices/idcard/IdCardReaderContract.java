package org.onetrip.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.onetrip.devices.idcard.sim.IdentityDeck;

/** What every {@link IdCardReader} promises, run against each driver with its card source. */
public abstract class IdCardReaderContract {
    /** A fixed day on which chen-jing's card has expired and every other test card is valid. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    protected abstract IdCardReader reader();

    /** Puts the card of a deck identity on the reader. */
    protected abstract void place(String key);

    protected abstract void removeCard();

    /** Takes the card off and puts another deck identity's card on in one step, faster than a watch check. */
    protected abstract void swap(String key);

    /** The identifier this reader reports for a deck identity's card. */
    protected abstract CardIdentifier identifierOf(String key);

    private CardRead read() throws Exception {
        return reader().read().get(10, TimeUnit.SECONDS);
    }

    @Test
    void readsEveryValidTestIdentityCompletely() throws Exception {
        IdentityDeck deck = IdentityDeck.standard();
        for (String key : deck.keys()) {
            if (key.equals("chen-jing")) {
                continue;
            }
            IdentityRecord expected = deck.card(key);
            place(key);

            CardRead outcome = read();

            assertThat(outcome).as(key).isInstanceOf(CardRead.Success.class);
            IdentityRecord actual = ((CardRead.Success) outcome).identity();
            assertThat(actual.name()).as(key).isEqualTo(expected.name());
            assertThat(actual.sex()).as(key).isEqualTo(expected.sex());
            assertThat(actual.nation()).as(key).isEqualTo(expected.nation());
            assertThat(actual.birthDate()).as(key).isEqualTo(expected.birthDate());
            assertThat(actual.address()).as(key).isEqualTo(expected.address());
            assertThat(actual.idNumber()).as(key).isEqualTo(expected.idNumber());
            assertThat(actual.authority()).as(key).isEqualTo(expected.authority());
            assertThat(actual.validity()).as(key).isEqualTo(expected.validity());
            actual.wipe();
            assertThat(actual.isWiped()).isTrue();
            removeCard();
        }
        assertThat(reader().counters()).containsEntry("cardsRead", (long) deck.keys().size() - 1);
    }

    @Test
    void refusesTheExpiredCardWithItsDate() throws Exception {
        place("chen-jing");

        assertThat(read()).isEqualTo(new CardRead.Expired(LocalDate.of(2024, 5, 10)));
        assertThat(reader().counters()).containsEntry("readFailure.EXPIRED", 1L).doesNotContainKey("cardsRead");
    }

    @Test
    void asksForACardWhenNoneIsThere() throws Exception {
        CardRead outcome = read();

        assertThat(outcome.failure()).contains(ReadFailure.NO_CARD);
        assertThat(ReadFailure.NO_CARD.advice()).contains("放在读卡区");
        assertThat(reader().counters()).containsEntry("readFailure.NO_CARD", 1L);
    }

    @Test
    void watchesCardsUntilCancelled() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        CardWatch watch = reader().watchCards(events::add);

        place("zhang-wei");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardPlaced.class);
        removeCard();
        assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
        watch.cancel();
        // a read queues behind the watch's last step, so nothing can arrive after it
        read();
        place("zhang-wei");
        read();

        assertThat(events).isEmpty();
    }

    @Test
    void placedEventsSayWhichCardAndASwapIsRemovedThenPlaced() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader().watchCards(events::add)) {
            place("zhang-wei");
            assertThat(placedCard(events.poll(5, TimeUnit.SECONDS))).contains(identifierOf("zhang-wei"));

            swap("wang-fang");
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
            assertThat(placedCard(events.poll(5, TimeUnit.SECONDS))).contains(identifierOf("wang-fang"));

            removeCard();
            assertThat(events.poll(5, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
        }
        assertThat(identifierOf("zhang-wei")).isNotEqualTo(identifierOf("wang-fang"));
    }

    @Test
    void aReadAfterTheWatchFoundTheCardNamesTheSameCard() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        try (CardWatch watch = reader().watchCards(events::add)) {
            place("li-xiuying");
            java.util.Optional<CardIdentifier> seen = placedCard(events.poll(5, TimeUnit.SECONDS));

            CardRead first = read();
            CardRead second = read();

            assertThat(first).isInstanceOf(CardRead.Success.class);
            assertThat(((CardRead.Success) first).card()).isEqualTo(seen).contains(identifierOf("li-xiuying"));
            assertThat(((CardRead.Success) first).identity().name()).isEqualTo("李秀英");
            assertThat(second).isInstanceOf(CardRead.Success.class);
            assertThat(((CardRead.Success) second).card()).isEqualTo(seen);
            // the reads must not look like a new card to the watch
            assertThat(events.poll(100, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aReadAfterASwapNamesTheNewCard() throws Exception {
        place("zhang-wei");
        assertThat(((CardRead.Success) read()).card()).contains(identifierOf("zhang-wei"));

        swap("ouyang-mingyuan");
        CardRead after = read();

        assertThat(((CardRead.Success) after).card()).contains(identifierOf("ouyang-mingyuan"));
        assertThat(((CardRead.Success) after).identity().name()).isEqualTo("欧阳明远");
    }

    private static java.util.Optional<CardIdentifier> placedCard(CardEvent event) {
        assertThat(event).isInstanceOf(CardEvent.CardPlaced.class);
        return ((CardEvent.CardPlaced) event).card();
    }

    @Test
    void selfTestAnswersAndStatusIsOnline() throws Exception {
        assertThat(reader().selfTest().get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(reader().status().state()).isEqualTo(org.onetrip.devices.status.DeviceState.ONLINE);
    }
}
