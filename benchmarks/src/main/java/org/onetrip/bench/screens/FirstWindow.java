package org.onetrip.bench.screens;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The scene of the first window the process shows, handed over on the FX thread from inside
 * {@code show()}, before the window's first pulse: so a pulse listener added then misses nothing.
 * Watch before the toolkit starts.
 */
final class FirstWindow {

    private FirstWindow() {
    }

    /** The scene of the first window shown. */
    static CompletableFuture<Scene> watch() {
        return watch(scene -> { });
    }

    /**
     * @param onShown runs on the FX thread as the first window shows
     * @return completes with that window's scene, after {@code onShown} ran
     */
    static CompletableFuture<Scene> watch(Consumer<Scene> onShown) {
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next() && !shown.isDone()) {
                for (Window window : change.getAddedSubList()) {
                    if (window.getScene() != null && !shown.isDone()) {
                        onShown.accept(window.getScene());
                        shown.complete(window.getScene());
                    }
                }
            }
        });
        return shown;
    }
}
