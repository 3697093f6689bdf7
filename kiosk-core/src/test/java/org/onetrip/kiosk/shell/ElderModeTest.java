package org.onetrip.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.session.SessionState;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.time.ManualTime;

class ElderModeTest {

    private static final Duration INACTIVITY = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(20);

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final KioskShell shell = new KioskShell(new SessionTimeouts(INACTIVITY, WARNING), Language.ZH_CN, time.clock(), time);

    @Test
    void elder_mode_waits_much_longer_and_counts_down_longer_but_still_ends_the_session() {
        SessionTimeouts elder = new SessionTimeouts(INACTIVITY, WARNING).forElders();
        assertThat(elder.inactivity()).isEqualTo(Duration.ofMinutes(4));
        assertThat(elder.warning()).isEqualTo(Duration.ofMinutes(1));

        shell.useElderMode(true);
        assertThat(shell.display().get().elder()).isTrue();

        time.advance(INACTIVITY.plus(WARNING));
        assertThat(shell.sessionState().get()).as("the usual time-out has passed").isEqualTo(SessionState.IN_USE);

        time.advance(elder.inactivity().minus(INACTIVITY.plus(WARNING)));
        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(60));

        time.advance(elder.warning().minusSeconds(1));
        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(1));
        time.advance(Duration.ofSeconds(1));
        assertThat(shell.sessionState().get()).isEqualTo(SessionState.NONE);
        assertThat(shell.display().get()).as("the next citizen starts in the standard look").isEqualTo(DisplayPreferences.STANDARD);
    }

    @Test
    void switching_elder_mode_off_brings_back_the_usual_time_out() {
        shell.useElderMode(true);
        shell.useElderMode(false);

        time.advance(INACTIVITY);

        assertThat(shell.sessionState().get()).isEqualTo(new SessionState.EndingSoon(20));
    }

    @Test
    void elder_mode_combines_with_high_contrast_and_large_text() {
        shell.useHighContrast(true);
        shell.useElderMode(true);
        shell.useLargeText(true);

        assertThat(shell.display().get()).isEqualTo(new DisplayPreferences(true, true, true));
    }
}
