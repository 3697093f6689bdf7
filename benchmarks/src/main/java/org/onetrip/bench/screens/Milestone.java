package org.onetrip.bench.screens;

import java.util.function.Predicate;
import javafx.scene.Scene;

/**
 * A state of the scene waited for after a touch.
 *
 * @param label how the report names it
 * @param reached whether the scene is in that state, tested after each pulse's layout
 * @param waitsOn empty when the 100 ms touch-to-screen goal applies; otherwise the device, disk or
 *     backend work the state waits for, which the goal does not cover
 */
record Milestone(String label, Predicate<Scene> reached, String waitsOn) {

    /** The next screen, held to the goal. */
    static Milestone screen(String label, Predicate<Scene> reached) {
        return new Milestone(label, reached, "");
    }

    /** A state that comes once {@code waitsOn} is done. */
    static Milestone afterWork(String label, Predicate<Scene> reached, String waitsOn) {
        return new Milestone(label, reached, waitsOn);
    }

    boolean heldToGoal() {
        return waitsOn.isEmpty();
    }
}
