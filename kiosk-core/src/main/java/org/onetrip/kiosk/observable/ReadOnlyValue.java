package org.onetrip.kiosk.observable;

import java.util.function.Consumer;

/**
 * A value a screen can show and follow: the current value and a way to hear of changes.
 *
 * <p>Listeners are called on the thread that changed the value, possibly while the owning
 * model holds its lock, so a listener must only hand the change off (for example to the
 * JavaFX thread) and never block or call back into the model.
 *
 * @param <T> the type of the value; never null
 */
public interface ReadOnlyValue<T> {

    /** The current value, never null. Does not block. */
    T get();

    /**
     * Calls {@code listener} with each new value from now on (not with the current one).
     * Setting a value equal to the current one notifies nobody.
     */
    Subscription subscribe(Consumer<? super T> listener);
}
