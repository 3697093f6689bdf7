package org.onetrip.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading the live scene from a test the way the screen itself does: on the FX thread. A lookup
 * from the test's thread races the screen rebuilding a panel and can fail inside the scene graph.
 */
final class FxReads {

    private static final long WAIT_SECONDS = 30;

    private FxReads() {
    }

    /** {@code read} run on the FX thread, after what is queued there. */
    static <T> T onFx(Supplier<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the screen", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the screen could not be read", e);
        }
    }

    /** Whether a node matching {@code query} is in the scene, shown or not. */
    static boolean present(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::getScene).isPresent());
    }

    /** Whether a node matching {@code query} is in the scene and shown: it and every node around it visible. */
    static boolean visible(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryAll().stream().anyMatch(FxReads::shown));
    }

    private static boolean shown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the labelled node matching {@code query}; empty when there is none. */
    static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse(""));
    }

    /** Waits, up to 30 s, until {@code condition} holds; the condition reads the screen through this class. */
    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
