package org.onetrip.config;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the kiosk speaks its voice guidance and reminders.
 *
 * @param command the speech program, an absolute path such as {@code /usr/bin/espeak-ng} or a
 *     bare program name looked for on the search path; empty (the default) looks for
 *     {@code espeak-ng}. Whether it exists is checked when the kiosk starts: a kiosk without it
 *     stays silent and says so in its log.
 */
public record VoiceSettings(Optional<String> command) {

    /** A program name or an absolute path: no spaces, options or shell syntax. */
    public static final Pattern COMMAND = Pattern.compile("(/[A-Za-z0-9._+-]+)+|[A-Za-z0-9_][A-Za-z0-9._+-]*");
    public static final String COMMAND_EXPECTATION =
            "a program name such as espeak-ng or an absolute path such as /usr/bin/espeak-ng, without options";
    public static final VoiceSettings DEFAULT = new VoiceSettings(Optional.empty());

    public VoiceSettings {
        Objects.requireNonNull(command, "command");
        command.ifPresent(given -> {
            if (!COMMAND.matcher(given).matches()) {
                throw new IllegalArgumentException("voice command must be " + COMMAND_EXPECTATION + ", was '" + given + "'");
            }
        });
    }
}
