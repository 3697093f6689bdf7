package org.onetrip.ui;

import java.time.Clock;
import java.time.ZonedDateTime;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;

/** The time of day for the screens, read from the injected clock once a second on the FX thread. */
final class WallClock {

    private final ObjectProperty<ZonedDateTime> now;
    private final Timeline ticks;

    WallClock(Clock clock) {
        this.now = new SimpleObjectProperty<>(ZonedDateTime.now(clock));
        this.ticks = new Timeline(new KeyFrame(Duration.seconds(1), tick -> now.set(ZonedDateTime.now(clock))));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    void start() {
        ticks.play();
    }

    void stop() {
        ticks.stop();
    }

    /** The time, formatted with a pattern from the bundle in the current language. */
    StringBinding shown(Messages messages, String patternKey) {
        return Bindings.createStringBinding(() -> messages.formatter(patternKey).format(now.get()),
                now, messages.language());
    }
}
