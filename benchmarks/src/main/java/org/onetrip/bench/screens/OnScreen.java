package org.onetrip.bench.screens;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;

/**
 * What a person sees on the scene: a node counts when it and every parent are visible, it is
 * attached to the scene, and layout has given it a size. Call on the FX thread.
 */
final class OnScreen {

    private OnScreen() {
    }

    /** The first node matching the CSS selector that is on the screen. */
    static Optional<Node> find(Scene scene, String selector) {
        return scene.getRoot().lookupAll(selector).stream().filter(node -> seen(node, scene)).findFirst();
    }

    /** Some node matching the selector is on the screen. */
    static Predicate<Scene> shown(String selector) {
        return scene -> find(scene, selector).isPresent();
    }

    /** Some node matching the selector is on the screen and passes the test. */
    static Predicate<Scene> shown(String selector, Predicate<Node> test) {
        return scene -> find(scene, selector).filter(test).isPresent();
    }

    /** A spinner is on the screen inside the node matching the selector. */
    static Predicate<Scene> spinnerIn(String selector) {
        return scene -> find(scene, selector)
                .map(container -> container.lookupAll(".progress-indicator").stream()
                        .anyMatch(node -> node instanceof ProgressIndicator && seen(node, scene)))
                .orElse(false);
    }

    private static boolean seen(Node node, Scene scene) {
        if (node.getScene() != scene || node.getLayoutBounds().getWidth() <= 0 || node.getLayoutBounds().getHeight() <= 0) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
