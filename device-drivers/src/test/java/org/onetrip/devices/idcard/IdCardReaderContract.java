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
    void selfTestAnswersAndStatusIsOnline() throws Exception {
        assertThat(reader().selfTest().get(5, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(reader().status().state()).isEqualTo(org.onetrip.devices.status.DeviceState.ONLINE);
    }
}
