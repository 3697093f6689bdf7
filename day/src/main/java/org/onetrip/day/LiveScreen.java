package org.onetrip.day;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The day's hands and eyes on the kiosk's live scene: finds controls by their node ids among what
 * is shown, presses them on the FX thread as a tap would, and waits on conditions, each wait
 * bounded. A wait that runs out throws {@link Stuck} naming what it waited for.
 */
final class LiveScreen {

    /** How often a condition is looked at again while waiting on it. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Scene scene;
    private final Duration bound;

    /**
     * @param bound the longest any one wait may last
     */
    LiveScreen(Scene scene, Duration bound) {
        this.scene = scene;
        this.bound = bound;
    }

    Duration bound() {
        return bound;
    }

    /** The same screen with waits bounded by {@code shorter}, for what must come soon. */
    LiveScreen within(Duration shorter) {
        return new LiveScreen(scene, shorter);
    }

    /** Runs {@code work} on the FX thread and returns its result, waiting at most the bound. */
    <T> T onFx(String purpose, Callable<T> work) throws Stuck {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(purpose + " failed: " + e, e);
            }
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(false);
            throw new Stuck("the screen's thread to " + purpose);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stuck("the screen's thread to " + purpose + " (interrupted)");
        } catch (ExecutionException e) {
            throw new IllegalStateException(purpose + " failed: " + e.getCause(), e.getCause());
        }
    }

    SceneSnapshot snapshot() throws Stuck {
        return onFx("show its scene", () -> SceneWalk.of(scene.getRoot()));
    }

    /** Whether a node of this id is shown now. */
    boolean shows(String id) throws Stuck {
        return onFx("look for #" + id, () -> shown(id).isPresent());
    }

    /** The ids of shown nodes starting with {@code prefix}, in scene order. */
    List<String> shownIds(String prefix) throws Stuck {
        return onFx("list #" + prefix + "*", () -> SceneWalk.of(scene.getRoot()).shownNodes()
                .flatMap(node -> node.id().stream()).filter(id -> id.startsWith(prefix)).distinct().toList());
    }

    /** The ids of shown, enabled buttons starting with {@code prefix}. */
    List<String> pressableIds(String prefix) throws Stuck {
        return onFx("list pressable #" + prefix + "*", () -> scene.getRoot().lookupAll("*").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith(prefix))
                .filter(node -> node instanceof ButtonBase && !node.isDisabled() && onScreen(node))
                .map(Node::getId).distinct().toList());
    }

    /** The text of the shown labelled node of this id, if there is one. */
    Optional<String> text(String id) throws Stuck {
        return onFx("read #" + id, () -> shown(id).filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText()));
    }

    /** Whether a shown, enabled button of this id is there now. */
    boolean canPress(String id) throws Stuck {
        return onFx("look for #" + id, () -> shown(id)
                .filter(node -> node instanceof ButtonBase && !node.isDisabled()).isPresent());
    }

    /**
     * Waits for a shown, enabled button of this id and taps it: found and fired in one go on the FX
     * thread, since a screen redrawn in between would otherwise hand over a button no longer there.
     */
    void press(String id) throws Stuck {
        await("#" + id + " to be there to press", () -> onFx("press #" + id, () -> {
            Optional<Node> node = shown(id).filter(found -> found instanceof ButtonBase && !found.isDisabled());
            node.ifPresent(button -> ((ButtonBase) button).fire());
            return node.isPresent();
        }));
        settle();
    }

    /** Taps the button of this id if it is shown and enabled right now; false if it is not. */
    boolean pressIfThere(String id) throws Stuck {
        boolean pressed = onFx("press #" + id, () -> {
            Optional<Node> node = shown(id).filter(found -> found instanceof ButtonBase && !found.isDisabled());
            node.ifPresent(button -> ((ButtonBase) button).fire());
            return node.isPresent();
        });
        settle();
        return pressed;
    }

    /** Lets the FX thread draw what the models announced so far: two round trips through its queue. */
    void settle() throws Stuck {
        onFx("catch up", () -> null);
        onFx("catch up", () -> null);
    }

    /**
     * Touches a shown node that is not a button (the attract screen's invitation) the way a finger
     * does: pressed, released and clicked at its centre.
     */
    void tap(String id) throws Stuck {
        await("#" + id + " to be there to touch", () -> shows(id));
        onFx("touch #" + id, () -> {
            shown(id).ifPresent(node -> {
                Bounds bounds = node.localToScene(node.getBoundsInLocal());
                double x = bounds.getCenterX();
                double y = bounds.getCenterY();
                for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                        MouseEvent.MOUSE_CLICKED)) {
                    Event.fireEvent(node, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false,
                            false, true, false, false, true, false, true, null));
                }
            });
            return null;
        });
        settle();
    }

    /** Whether the shown toggle of this id is selected now. */
    boolean selected(String id) throws Stuck {
        return onFx("look at #" + id, () -> shown(id).filter(ToggleButton.class::isInstance)
                .map(node -> ((ToggleButton) node).isSelected()).orElse(false));
    }

    /** A finger pressed and lifted at this point of the screen, whatever is drawn there. */
    void tapAt(double x, double y) throws Stuck {
        onFx("touch the screen at " + x + "," + y, () -> {
            for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                    MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(scene.getRoot(), new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false,
                        false, false, true, false, false, true, false, true, null));
            }
            return null;
        });
        settle();
    }

    /** What the screen shows now, drawn as a picture. */
    BufferedImage picture() throws Stuck {
        settle();
        WritableImage image = onFx("draw itself", () -> scene.snapshot(null));
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Puts text in the shown field of this id, as the on-screen keyboard would have typed it. */
    void type(String id, String text) throws Stuck {
        await("#" + id + " to take text", () -> onFx("look for #" + id,
                () -> shown(id).filter(TextInputControl.class::isInstance).isPresent()));
        onFx("type into #" + id, () -> {
            shown(id).map(TextInputControl.class::cast).ifPresent(field -> field.setText(text));
            return null;
        });
    }

    /** Waits until one of the ids is shown; returns the first found. */
    String awaitAny(String... ids) throws Stuck {
        String[] found = new String[1];
        await("one of " + String.join(", ", ids), () -> {
            for (String id : ids) {
                if (shows(id)) {
                    found[0] = id;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** A condition the day looks at on the screen. */
    interface ScreenCondition {
        boolean holds() throws Stuck;
    }

    /** Waits until {@code condition} holds, at most the bound. */
    void await(String what, ScreenCondition condition) throws Stuck {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            if (condition.holds()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw stuck(what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Waits on a model's condition off the screen, at most the bound. */
    void awaitModel(String what, BooleanSupplier condition) throws Stuck {
        await(what, condition::getAsBoolean);
    }

    /** A wait that ran out, with what the screen shows now. */
    Stuck stuck(String waitedFor) {
        return new Stuck(waitedFor + " (the screen showed: " + describe() + ")");
    }

    /** What the screen shows, in a line for a report: the step and what it says, never personal data. */
    private String describe() {
        try {
            return onFx("describe itself", () -> SceneWalk.of(scene.getRoot()).shownNodes()
                    .filter(node -> node.id().filter(LiveScreen::telling).isPresent())
                    .map(node -> "#" + node.id().orElseThrow() + node.texts().stream().findFirst()
                            .map(text -> "=" + (text.length() > 60 ? text.substring(0, 60) + "…" : text)).orElse(""))
                    .limit(12).reduce((a, b) -> a + ", " + b).orElse("nothing with an id"));
        } catch (Stuck e) {
            return "nothing: its thread did not answer";
        }
    }

    private static boolean telling(String id) {
        return id.equals("attract") || id.equals("home") || id.equals("first-step") || id.equals("progress-heading") || id.equals("filing-step-title") || id.endsWith("-problem")
                || id.equals("materials-notice") || id.startsWith("status-") || id.startsWith("problem-")
                || id.equals("certificates") || id.equals("progress") || id.equals("chooser") || id.equals("ending-soon")
                || id.equals("card-reminder") || id.equals("out-of-service") || id.equals("filing-thanks");
    }

    private Optional<Node> shown(String id) {
        return scene.getRoot().lookupAll("#" + id).stream().filter(LiveScreen::onScreen).findFirst();
    }

    private static boolean onScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
