package org.onetrip.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.voice.RecordingSpeaker.Said;

class VoiceGuidanceTest {

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final KioskShell shell = new KioskShell(
            new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)), Language.ZH_CN, time.clock(), time);
    private final RecordingSpeaker speaker = new RecordingSpeaker();
    private final VoiceGuidance voice = new VoiceGuidance(speaker, shell);

    @Test
    void off_it_only_remembers_the_instruction_and_on_it_speaks_it_at_once() {
        voice.announce("请选择您要办理的业务");
        assertThat(speaker.said()).isEmpty();

        voice.useVoiceGuidance(true);

        assertThat(voice.on().get()).isTrue();
        assertThat(speaker.said()).containsExactly(new Said("请选择您要办理的业务", Language.ZH_CN));
    }

    @Test
    void on_each_new_instruction_is_spoken_in_the_citizens_language_and_off_stops_speaking() {
        voice.useVoiceGuidance(true);
        shell.switchLanguage(Language.EN);
        voice.announce("What would you like to do?");
        voice.announce("Place your resident ID card on the reader.");

        voice.useVoiceGuidance(false);
        voice.announce("Touch the screen to start");

        assertThat(speaker.said()).containsExactly(
                new Said("What would you like to do?", Language.EN),
                new Said("Place your resident ID card on the reader.", Language.EN));
        assertThat(speaker.stops()).isEqualTo(1);
    }

    @Test
    void the_switch_is_a_touch_and_the_next_citizen_starts_with_guidance_off() {
        voice.useVoiceGuidance(true);
        assertThat(shell.sessionScope()).as("switching on starts a session").isPresent();

        shell.finish();

        assertThat(voice.on().get()).isFalse();
        voice.announce("请触摸屏幕开始");
        assertThat(speaker.said()).isEmpty();
    }

    @Test
    void a_reminder_is_spoken_even_with_guidance_off() {
        voice.remind("Please take your ID card.", Language.EN);

        assertThat(speaker.said()).containsExactly(new Said("Please take your ID card.", Language.EN));
    }

    @Test
    void blank_instructions_are_not_spoken_and_a_speaker_refuses_blank_text() {
        voice.useVoiceGuidance(true);
        voice.announce(" ");

        assertThat(speaker.said()).isEmpty();
        assertThatThrownBy(() -> new SilentSpeaker().say("", Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
    }
}
