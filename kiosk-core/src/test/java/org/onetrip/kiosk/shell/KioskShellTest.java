package org.onetrip.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.time.ManualTime;
import org.junit.jupiter.api.Test;

class KioskShellTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(20);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final KioskShell shell = new KioskShell(
            new SessionTimeouts(INACTIVITY, WARNING), Language.ZH_CN, time.clock(), time);

    @Test
    void starts_on_the_attract_screen_without_a_session() {
        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
        assertThat(shell.sessionScope()).isEmpty();
    }

    @Test
    void a_touch_on_the_attract_screen_starts_a_session_on_the_home_screen() {
        shell.touch();

        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
        assertThat(shell.sessionScope()).isPresent();
    }

    @Test
    void an_untouched_session_warns_after_the_inactivity_time_and_counts_down() {
        shell.touch();

        time.advance(INACTIVITY.minusMillis(1));
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);

        time.advance(Duration.ofMillis(1));
        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(20));

        time.advance(Duration.ofSeconds(1));
        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(19));

        time.advance(Duration.ofSeconds(18));
        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(1));
        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void the_countdown_shows_every_second_from_the_full_warning_down_to_one() {
        List<SessionState> seen = new ArrayList<>();
        shell.sessionState().subscribe(seen::add);
        shell.touch();

        time.advance(INACTIVITY.plus(WARNING));

        List<SessionState> countdown = seen.stream().filter(s -> s instanceof SessionState.EndingSoon).toList();
        assertThat(countdown).hasSize(20);
        assertThat(countdown.get(0)).isEqualTo(new SessionState.EndingSoon(20));
        assertThat(countdown.get(19)).isEqualTo(new SessionState.EndingSoon(1));
        assertThat(seen.get(seen.size() - 1)).isEqualTo(SessionState.NONE);
    }

    @Test
    void every_touch_restarts_the_inactivity_wait() {
        shell.touch();
        for (int i = 0; i < 5; i++) {
            time.advance(INACTIVITY.minusSeconds(1));
            shell.touch();
        }

        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
        time.advance(INACTIVITY.minusSeconds(1));
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
        time.advance(Duration.ofSeconds(1));
        assertThat(shell.sessionState().get()).isInstanceOf(SessionState.EndingSoon.class);
    }

    @Test
    void continue_during_the_warning_keeps_the_session_and_waits_the_full_inactivity_again() {
        shell.touch();
        shell.openJourney(Journey.CHECK_PROGRESS);
        time.advance(INACTIVITY.plusSeconds(15));

        shell.keepSession();

        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
        assertThat(shell.screen().get()).isEqualTo(Screen.JOURNEY);
        time.advance(INACTIVITY.minusSeconds(1));
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
    }

    @Test
    void a_touch_during_the_warning_also_keeps_the_session() {
        shell.touch();
        time.advance(INACTIVITY.plusSeconds(3));

        shell.touch();

        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void the_session_ends_when_the_countdown_runs_out_and_the_attract_screen_returns() {
        shell.touch();
        shell.openJourney(Journey.FILE_APPLICATION);

        time.advance(INACTIVITY.plus(WARNING));

        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
        assertThat(shell.journey().get()).isEmpty();
        assertThat(shell.sessionScope()).isEmpty();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void each_ending_is_told_once_with_how_it_ended_how_long_it_lasted_and_the_journeys_taken() {
        List<SessionEnd> ends = new ArrayList<>();
        shell.onSessionEnd(ends::add);
        shell.touch();
        shell.openJourney(Journey.FILE_APPLICATION);
        shell.back();
        shell.openJourney(Journey.PRINT_CERTIFICATE);
        time.advance(INACTIVITY.plus(WARNING));
        shell.touch();
        time.advance(Duration.ofSeconds(5));
        shell.finish();
        shell.finish();
        shell.touch();
        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));

        assertThat(ends).extracting(SessionEnd::how).containsExactly(SessionEnding.TIMED_OUT, SessionEnding.FINISHED,
                SessionEnding.OUT_OF_SERVICE);
        assertThat(ends.get(0).journeys()).containsExactly(Journey.FILE_APPLICATION, Journey.PRINT_CERTIFICATE);
        assertThat(ends.get(0).length()).isEqualTo(INACTIVITY.plus(WARNING));
        assertThat(ends.get(1).journeys()).isEmpty();
        assertThat(ends.get(1).length()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void what_the_session_held_is_wiped_when_it_times_out() {
        shell.touch();
        SessionScope scope = shell.sessionScope().orElseThrow();
        Map<String, String> form = new HashMap<>(Map.of("phone", "13800138000"));
        char[] idNumber = "110101198503121239".toCharArray();
        scope.hold(form::clear);
        scope.hold(() -> java.util.Arrays.fill(idNumber, '\0'));

        time.advance(INACTIVITY.plus(WARNING));

        assertThat(form).isEmpty();
        assertThat(idNumber).containsOnly((char) 0);
        assertThat(scope.isWiped()).isTrue();
    }

    @Test
    void finishing_ends_the_session_and_wipes_it_at_once() {
        shell.touch();
        List<String> held = new ArrayList<>(List.of("scan-1.pdf"));
        shell.sessionScope().orElseThrow().hold(held::clear);

        shell.finish();

        assertThat(held).isEmpty();
        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void the_next_citizen_gets_a_fresh_scope() {
        shell.touch();
        SessionScope first = shell.sessionScope().orElseThrow();
        shell.finish();
        shell.touch();

        assertThat(shell.sessionScope()).get().isNotSameAs(first);
    }

    @Test
    void a_journey_opens_from_home_and_back_returns_home() {
        shell.touch();

        shell.openJourney(Journey.PRINT_CERTIFICATE);
        assertThat(shell.screen().get()).isEqualTo(Screen.JOURNEY);
        assertThat(shell.journey().get()).contains(Journey.PRINT_CERTIFICATE);

        shell.back();
        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
        assertThat(shell.journey().get()).isEmpty();
    }

    @Test
    void a_journey_tap_without_a_session_does_not_revive_one() {
        shell.openJourney(Journey.FILE_APPLICATION);

        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
    }

    @Test
    void language_and_display_switch_and_reset_to_the_kiosk_default_when_the_session_ends() {
        shell.touch();
        shell.switchLanguage(Language.EN);
        shell.useLargeText(true);
        shell.useHighContrast(true);

        assertThat(shell.language().get()).isEqualTo(Language.EN);
        assertThat(shell.display().get()).isEqualTo(new DisplayPreferences(true, true));

        time.advance(INACTIVITY.plus(WARNING));

        assertThat(shell.language().get()).isEqualTo(Language.ZH_CN);
        assertThat(shell.display().get()).isEqualTo(DisplayPreferences.STANDARD);
    }

    @Test
    void switching_language_on_the_attract_screen_starts_the_session_in_that_language() {
        shell.switchLanguage(Language.EN);

        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
        assertThat(shell.language().get()).isEqualTo(Language.EN);
    }

    @Test
    void switching_display_preferences_counts_as_a_touch() {
        shell.touch();
        time.advance(INACTIVITY.minusSeconds(1));

        shell.useLargeText(true);
        time.advance(INACTIVITY.minusSeconds(1));

        assertThat(shell.sessionState().get()).isEqualTo(SessionState.IN_USE);
    }

    @Test
    void going_out_of_service_overrides_any_screen_and_wipes_the_session() {
        shell.touch();
        shell.openJourney(Journey.FILE_APPLICATION);
        shell.switchLanguage(Language.EN);
        List<String> held = new ArrayList<>(List.of("material"));
        shell.sessionScope().orElseThrow().hold(held::clear);

        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));

        assertThat(shell.screen().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
        assertThat(held).isEmpty();
        assertThat(shell.language().get()).isEqualTo(Language.ZH_CN);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void out_of_service_ignores_touches_but_lets_the_language_change() {
        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.MAINTENANCE));

        shell.touch();
        shell.switchLanguage(Language.EN);
        shell.openJourney(Journey.CHECK_PROGRESS);

        assertThat(shell.screen().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        assertThat(shell.language().get()).isEqualTo(Language.EN);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
    }

    @Test
    void back_in_service_shows_the_attract_screen_in_the_default_look() {
        shell.changeAvailability(Availability.outOfService(OutOfServiceReason.NETWORK_OUTAGE));
        shell.useHighContrast(true);

        shell.changeAvailability(Availability.IN_SERVICE);

        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(shell.display().get()).isEqualTo(DisplayPreferences.STANDARD);
        shell.touch();
        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void a_failing_wipe_still_ends_the_session_and_wipes_the_rest() {
        shell.touch();
        List<String> held = new ArrayList<>(List.of("receipt"));
        shell.sessionScope().orElseThrow().hold(held::clear);
        shell.sessionScope().orElseThrow().hold(() -> {
            throw new IllegalStateException("disk gone");
        });

        time.advance(INACTIVITY.plus(WARNING));

        assertThat(held).isEmpty();
        assertThat(shell.screen().get()).isEqualTo(Screen.ATTRACT);
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
    }

    @Test
    void listeners_hear_the_screen_changes_in_order() {
        List<Screen> screens = new ArrayList<>();
        shell.screen().subscribe(screens::add);

        shell.touch();
        shell.openJourney(Journey.CHECK_PROGRESS);
        shell.back();
        shell.finish();

        assertThat(screens).containsExactly(Screen.HOME, Screen.JOURNEY, Screen.HOME, Screen.ATTRACT);
    }

    @Test
    void the_journey_is_empty_outside_the_journey_screen() {
        shell.touch();
        assertThat(shell.journey().get()).isEqualTo(Optional.empty());
    }
}
