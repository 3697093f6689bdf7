package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.observable.Value;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxMirrorTest {

    private final FxMirror mirror = new FxMirror();
    private final Value<String> model = new Value<>("in service");

    @Test
    void a_change_made_on_another_thread_reaches_the_property_on_the_fx_thread(FxRobot robot) {
        AtomicReference<ReadOnlyObjectProperty<String>> property = new AtomicReference<>();
        List<Boolean> onFxThread = new ArrayList<>();
        robot.interact(() -> {
            property.set(mirror.of(model));
            property.get().addListener((observable, before, now) -> onFxThread.add(Platform.isFxApplicationThread()));
        });

        CompletableFuture.runAsync(() -> model.set("out of service")).join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(property.get().get()).isEqualTo("out of service");
        assertThat(onFxThread).containsExactly(true);
    }

    @Test
    void a_closed_mirror_follows_the_model_no_more(FxRobot robot) {
        AtomicReference<ReadOnlyObjectProperty<String>> property = new AtomicReference<>();
        robot.interact(() -> property.set(mirror.of(model)));

        mirror.close();
        model.set("out of service");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(property.get().get()).isEqualTo("in service");
    }
}
