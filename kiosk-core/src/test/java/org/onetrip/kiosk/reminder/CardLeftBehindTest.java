package org.onetrip.kiosk.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.OutOfServiceReason;
import org.onetrip.kiosk.time.ManualTime;

/** The reminder's rules; the ID card reader's real events drive it in the ui module's screen test. */
class CardLeftBehindTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(20);
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final KioskShell shell = new KioskShell(new SessionTimeouts(INACTIVITY, WARNING), Language.ZH_CN, time.clock(), time);
    private final Value<Boolean> cardOnReader = new Value<>(false);
    private final CardLeftBehind reminder = new CardLeftBehind(shell, cardOnReader, time, LIMIT);

    @Test
    void finishing_with_the_card_on_the_reader_reminds_in_the_citizens_language_until_it_is_taken() {
        shell.touch();
        shell.switchLanguage(Language.EN);
        cardOnReader.set(true);

        shell.finish();
        assertThat(reminder.reminder().get()).contains(Language.EN);

        cardOnReader.set(false);
        assertThat(reminder.reminder().get()).isEmpty();
    }

    @Test
    void a_timed_out_session_reminds_too_and_a_forgotten_card_is_reminded_of_for_a_bounded_time() {
        shell.touch();
        cardOnReader.set(true);

        time.advance(INACTIVITY.plus(WARNING));
        assertThat(reminder.reminder().get()).contains(Language.ZH_CN);

        time.advance(LIMIT.minusSeconds(1));
        assertThat(reminder.reminder().get()).isPresent();
        time.advance(Duration.ofSeconds(1));
        assertThat(reminder.reminder().get()).isEmpty();
        assertThat(cardOnReader.get()).isTrue();
    }

    @Test
    void going_out_of_service_with_the_card_on_the_reader_reminds() {
        shell.touch();
        cardOnReader.set(true);

        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));

        assertThat(reminder.reminder().get()).isPresent();
    }

    @Test
    void no_card_no_reminder() {
        shell.touch();
        shell.finish();

        assertThat(reminder.reminder().get()).isEmpty();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void a_new_session_ends_the_reminder() {
        shell.touch();
        cardOnReader.set(true);
        shell.finish();

        shell.touch();

        assertThat(reminder.reminder().get()).isEmpty();
    }

    @Test
    void the_limit_must_be_positive() {
        assertThatThrownBy(() -> new CardLeftBehind(shell, cardOnReader, time, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit must be positive");
    }
}
