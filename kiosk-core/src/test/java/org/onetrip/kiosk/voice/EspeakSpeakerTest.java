package org.onetrip.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.shell.Language;

/** The real espeak-ng, writing WAV files instead of playing, so the test needs no sound card. */
class EspeakSpeakerTest {

    @Test
    void speaks_chinese_and_english_into_wave_files(@TempDir Path folder) throws Exception {
        Path chinese = folder.resolve("zh.wav");
        Path english = folder.resolve("en.wav");

        try (EspeakSpeaker zh = new EspeakSpeaker(List.of("espeak-ng", "-w", chinese.toString()));
                EspeakSpeaker en = new EspeakSpeaker(List.of("espeak-ng", "-w", english.toString()))) {
            zh.say("请取走您的身份证。", Language.ZH_CN).get(20, TimeUnit.SECONDS);
            en.say("Please take your ID card.", Language.EN).get(20, TimeUnit.SECONDS);
        }

        for (Path wave : List.of(chinese, english)) {
            byte[] bytes = Files.readAllBytes(wave);
            assertThat(new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
            assertThat(new String(Arrays.copyOfRange(bytes, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
            // a spoken sentence is at least a good part of a second of 22 kHz 16-bit samples
            assertThat(bytes.length).as(wave + " holds speech").isGreaterThan(20_000);
        }
    }

    @Test
    void text_that_looks_like_an_option_is_spoken_as_text(@TempDir Path folder) throws Exception {
        Path wave = folder.resolve("dash.wav");
        try (EspeakSpeaker speaker = new EspeakSpeaker(List.of("espeak-ng", "-w", wave.toString()))) {
            speaker.say("--help me", Language.EN).get(20, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(wave)).hasSizeGreaterThan(10_000);
    }

    @Test
    void a_new_utterance_cuts_off_the_one_under_way_and_stop_cuts_off_the_last() throws Exception {
        // a stand-in engine that reads the text, then talks for half a minute
        try (EspeakSpeaker speaker = new EspeakSpeaker(List.of("sh", "-c", "cat >/dev/null; exec sleep 30", "engine"))) {
            var first = speaker.say("请将您的居民身份证放在读卡区。", Language.ZH_CN);
            var second = speaker.say("Place your resident ID card on the reader.", Language.EN);

            first.get(10, TimeUnit.SECONDS);
            assertThat(second).isNotDone();
            speaker.stop();
            second.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_program_that_cannot_run_completes_the_utterance_without_throwing(@TempDir Path folder) throws Exception {
        try (EspeakSpeaker speaker = new EspeakSpeaker(List.of(folder.resolve("missing").toString()))) {
            assertThat(speaker.say("Touch the screen to start.", Language.EN)).succeedsWithin(java.time.Duration.ofSeconds(10));
        }
    }

    @Test
    void a_speaker_needs_a_program() {
        assertThatThrownBy(() -> new EspeakSpeaker(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must name a program");
    }
}
