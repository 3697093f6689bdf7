package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a filing that keeps failing is set aside: the rule alone, without a backend or a thread. */
class SetAsideRuleTest {

    private static final Instant FIRST_STRIKE = Instant.parse("2026-11-21T01:00:00Z");
    private final SetAsideRule rule = new SetAsideRule(10, Duration.ofHours(24), 3);

    @Test
    void aFilingIsKeptUntilItHasFailedAsOftenAsTheRuleAllows() {
        assertThat(rule.verdict(struck(9, 0), FIRST_STRIKE.plusSeconds(60))).isEmpty();
        assertThat(rule.verdict(struck(10, 0), FIRST_STRIKE.plusSeconds(60))).contains(SetAsideCause.FAILED_TOO_OFTEN);
    }

    @Test
    void refusalsOfTheRequestSetItAsideSoonerThanOtherFailures() {
        assertThat(rule.verdict(struck(4, 2), FIRST_STRIKE)).isEmpty();
        assertThat(rule.verdict(struck(3, 3), FIRST_STRIKE)).contains(SetAsideCause.REFUSED_AS_SENT);
        assertThat(new SetAsideRule(10, Duration.ofHours(24), 1).verdict(struck(1, 1), FIRST_STRIKE))
                .contains(SetAsideCause.REFUSED_AS_SENT);
    }

    @Test
    void aFilingFailingForLongerThanTheRuleAllowsIsSetAsideAsTheClockMoves() {
        Clock clock = Clock.fixed(FIRST_STRIKE, ZoneOffset.UTC);
        OutboxEntry.Tries tries = struck(2, 0);

        assertThat(rule.verdict(tries, clock.instant())).isEmpty();
        Clock later = Clock.offset(clock, Duration.ofHours(24).minusSeconds(1));
        assertThat(rule.verdict(tries, later.instant())).isEmpty();
        Clock dayLater = Clock.offset(clock, Duration.ofHours(24));
        assertThat(rule.verdict(tries, dayLater.instant())).contains(SetAsideCause.FAILING_TOO_LONG);
    }

    @Test
    void aFilingWithNothingAgainstItIsNeverSetAsideHoweverOldItsTries() {
        OutboxEntry.Tries outageOnly = new OutboxEntry.Tries(Optional.of(FIRST_STRIKE), Optional.of(FIRST_STRIKE),
                0, 0, Optional.empty());

        assertThat(rule.verdict(outageOnly, FIRST_STRIKE.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(rule.verdict(OutboxEntry.Tries.NONE, FIRST_STRIKE.plus(Duration.ofDays(30)))).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses the request")
    @ValueSource(ints = {400, 401, 403, 404, 405, 411, 413, 414, 415, 422, 431, 451, 499})
    void aClientErrorOtherThan408_409And429RefusesTheRequest(int status) {
        assertThat(SetAsideRule.refusesTheRequest(OptionalInt.of(status))).isTrue();
    }

    @ParameterizedTest(name = "{0} is no refusal of the request")
    @ValueSource(ints = {200, 301, 408, 409, 429, 500, 502, 503, 504, 599})
    void timeOutsConflictsRateLimitsAndServerErrorsAreNoRefusal(int status) {
        assertThat(SetAsideRule.refusesTheRequest(OptionalInt.of(status))).isFalse();
    }

    @Test
    void noAnswerIsNoRefusal() {
        assertThat(SetAsideRule.refusesTheRequest(OptionalInt.empty())).isFalse();
    }

    @Test
    void limitsOutsideTheirRangesAreRefusedWithTheRangeInTheMessage() {
        assertThatThrownBy(() -> new SetAsideRule(0, Duration.ofHours(1), 1)).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> new SetAsideRule(5, Duration.ofSeconds(30), 1)).hasMessageContaining("1 minute to 30 days");
        assertThatThrownBy(() -> new SetAsideRule(5, Duration.ofDays(31), 1)).hasMessageContaining("1 minute to 30 days");
        assertThatThrownBy(() -> new SetAsideRule(5, Duration.ofHours(1), 6)).hasMessageContaining("1 to afterFailures (5)");
        assertThat(SetAsideRule.standard()).isEqualTo(new SetAsideRule(10, Duration.ofHours(24), 3));
    }

    private static OutboxEntry.Tries struck(int strikes, int refusals) {
        return new OutboxEntry.Tries(Optional.of(FIRST_STRIKE.minusSeconds(5)), Optional.of(FIRST_STRIKE),
                strikes, refusals, Optional.of(FIRST_STRIKE));
    }
}
