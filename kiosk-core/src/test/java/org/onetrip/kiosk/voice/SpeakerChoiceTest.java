package org.onetrip.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.shell.Language;
import org.slf4j.LoggerFactory;

class SpeakerChoiceTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger voiceLog = (Logger) LoggerFactory.getLogger("org.onetrip.kiosk.voice");

    @BeforeEach
    void listen() {
        log.start();
        voiceLog.addAppender(log);
        voiceLog.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        voiceLog.detachAppender(log);
        voiceLog.setLevel(null);
    }

    @Test
    void a_configured_command_that_does_not_exist_gives_a_silent_speaker_and_says_so(@TempDir Path nowhere) {
        String missing = nowhere.resolve("espeak-ng").toString();

        Speaker speaker = new SpeakerChoice("/usr/bin:/bin").choose(Optional.of(missing));

        assertThat(speaker).isInstanceOf(SilentSpeaker.class);
        assertThat(speaker.say("请取走您的身份证。", Language.ZH_CN)).isCompleted();
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getFormattedMessage()).contains(missing, "cannot be run");
        });
        assertThat(log.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("would say in ZH_CN: 请取走您的身份证。"));
    }

    @Test
    void without_espeak_ng_on_the_search_path_the_kiosk_is_silent(@TempDir Path emptyDirectory) {
        Speaker speaker = new SpeakerChoice(emptyDirectory.toString()).choose(Optional.empty());

        assertThat(speaker).isInstanceOf(SilentSpeaker.class);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("no espeak-ng on the search path"));
    }

    @Test
    void espeak_ng_found_on_the_search_path_speaks() {
        try (Speaker speaker = new SpeakerChoice("/nonexistent:/usr/bin").choose(Optional.empty())) {
            assertThat(speaker).as("espeak-ng is installed with the test packages").isInstanceOf(EspeakSpeaker.class);
        }
    }
}
