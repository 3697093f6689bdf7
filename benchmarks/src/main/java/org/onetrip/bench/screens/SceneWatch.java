package org.onetrip.bench.screens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Drives one scene from another thread and times it by the scene's own pulses: an action runs on
 * the FX thread, and each milestone is timed to the end of layout of the first pulse at which it
 * holds ({@link Scene#addPostLayoutPulseListener}), which is when the next screen is ready to be
 * rendered.
 */
final class SceneWatch {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final Scene scene;

    SceneWatch(Scene scene) {
        this.scene = scene;
    }

    Scene scene() {
        return scene;
    }

    /**
     * Taps the on-screen node matching {@code selector} as a finger does (mouse pressed, released and
     * clicked at its centre, dispatched from the node through its parents, the scene and the window,
     * so the scene's own filters hear it), and times each milestone from just before the press.
     *
     * @return the time to each milestone, in order
     */
    List<Duration> tap(String selector, List<Milestone> milestones) throws InterruptedException, TimeoutException {
        return time(() -> press(OnScreen.find(scene, selector)
                .orElseThrow(() -> new IllegalStateException("nothing on screen matches " + selector))), milestones);
    }

    /** Taps and waits for the scene to reach {@code after}, untimed. */
    void tapUntil(String selector, Milestone after) throws InterruptedException, TimeoutException {
        tap(selector, List.of(after));
    }

    /** Waits for the scene to reach a state, however it gets there. */
    void await(Milestone state) throws InterruptedException, TimeoutException {
        time(() -> { }, List.of(state));
    }

    /** Runs {@code action} on the FX thread and returns its result. */
    <T> T onFx(Supplier<T> action) throws InterruptedException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs {@code action} on the FX thread and times each milestone from just before it; a milestone
     * is looked for only from the first pulse after the action.
     */
    List<Duration> time(Runnable action, List<Milestone> milestones) throws InterruptedException, TimeoutException {
        int count = milestones.size();
        long[] reachedAt = new long[count];
        boolean[] reached = new boolean[count];
        CountDownLatch all = new CountDownLatch(count);
        AtomicLong start = new AtomicLong();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    if (!reached[i] && milestones.get(i).reached().test(scene)) {
                        reached[i] = true;
                        reachedAt[i] = now;
                        all.countDown();
                    }
                }
                if (all.getCount() == 0) {
                    // not while the scene walks its list of listeners
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(afterLayout);
            start.set(System.nanoTime());
            try {
                action.run();
            } catch (RuntimeException e) {
                failed.set(e);
                while (all.getCount() > 0) {
                    all.countDown();
                }
            }
            // a state already reached changes nothing on the scene, so ask for a pulse to see it
            Platform.requestNextPulse();
        });
        boolean done = all.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        if (failed.get() != null) {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
            throw failed.get();
        }
        if (!done) {
            Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                missing.add(milestones.get(i).label());
            }
            throw new TimeoutException("not reached in " + LIMIT + " (one of): " + missing);
        }
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(Duration.ofNanos(reachedAt[i] - start.get()));
        }
        return times;
    }

    private static void press(Node node) {
        if (node.isDisabled()) {
            throw new IllegalStateException(node.getId() + " is disabled");
        }
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        double x = inScene.getCenterX();
        double y = inScene.getCenterY();
        var window = node.getScene().getWindow();
        double screenX = window.getX() + node.getScene().getX() + x;
        double screenY = window.getY() + node.getScene().getY() + y;
        PickResult picked = new PickResult(node, x, y);
        Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_PRESSED, x, y, screenX, screenY, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, true, picked));
        Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_RELEASED, x, y, screenX, screenY, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, true, picked));
        Event.fireEvent(node, new MouseEvent(MouseEvent.MOUSE_CLICKED, x, y, screenX, screenY, MouseButton.PRIMARY, 1,
                false, false, false, false, false, false, false, false, false, true, picked));
    }
}
