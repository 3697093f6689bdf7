package org.onetrip.kiosk.voice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the kiosk's speaker at start-up: the configured speech command if it can be run, else
 * {@code espeak-ng} if it is on the search path, else a {@link SilentSpeaker}. A kiosk without a
 * working speech engine still serves everyone; it says so in the log once.
 */
public final class SpeakerChoice {

    /** The program looked for when the configuration names none. */
    public static final String DEFAULT_COMMAND = "espeak-ng";

    private static final Logger log = LoggerFactory.getLogger(SpeakerChoice.class);

    private final String searchPath;

    /** @param searchPath directories to look for a bare program name in, as in {@code PATH} */
    public SpeakerChoice(String searchPath) {
        this.searchPath = Objects.requireNonNull(searchPath, "searchPath");
    }

    /** Looks in this process's {@code PATH}. */
    public static SpeakerChoice fromEnvironment() {
        return new SpeakerChoice(Objects.requireNonNullElse(System.getenv("PATH"), ""));
    }

    /**
     * @param configuredCommand an absolute path or a bare program name from the configuration;
     *     empty to look for {@value #DEFAULT_COMMAND}
     * @return a speaker that can speak, or a silent one; never throws for a missing program
     */
    public Speaker choose(Optional<String> configuredCommand) {
        String wanted = configuredCommand.orElse(DEFAULT_COMMAND);
        Optional<Path> program = find(wanted);
        if (program.isPresent()) {
            log.info("voice guidance speaks through {}", program.get());
            return new EspeakSpeaker(List.of(program.get().toString()));
        }
        if (configuredCommand.isPresent()) {
            log.warn("the configured speech command {} cannot be run; the kiosk will not speak", wanted);
        } else {
            log.info("no {} on the search path; the kiosk will not speak", DEFAULT_COMMAND);
        }
        return new SilentSpeaker();
    }

    private Optional<Path> find(String command) {
        if (command.contains("/")) {
            Path path = Path.of(command);
            return isProgram(path) ? Optional.of(path) : Optional.empty();
        }
        return Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(searchPath)
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, command))
                .filter(SpeakerChoice::isProgram)
                .findFirst();
    }

    private static boolean isProgram(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
