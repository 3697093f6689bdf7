package org.onetrip.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;

/**
 * Whether the screen's thread still answers: asked on every check, by posting a task to it that
 * records when it ran. A kiosk whose screen hangs stops pinging the watchdog and is restarted.
 */
final class ScreenLiveness {

    private final Clock clock;
    private final Duration patience;
    private volatile Instant lastAnswer;

    ScreenLiveness(Clock clock, Duration patience) {
        this.clock = clock;
        this.patience = patience;
        this.lastAnswer = clock.instant();
    }

    /** True while the screen's thread answered within the patience; asks it again. */
    boolean alive() {
        Platform.runLater(() -> lastAnswer = clock.instant());
        return Duration.between(lastAnswer, clock.instant()).compareTo(patience) <= 0;
    }
}
