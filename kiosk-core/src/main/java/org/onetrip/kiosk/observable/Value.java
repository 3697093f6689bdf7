package org.onetrip.kiosk.observable;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A changeable {@link ReadOnlyValue}. The owner keeps the {@code Value} and hands out only
 * the read-only view.
 *
 * @param <T> the type of the value; never null
 */
public final class Value<T> implements ReadOnlyValue<T> {

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T current;

    public Value(T initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public T get() {
        return current;
    }

    /** Replaces the value and notifies the listeners if it differs from the current one. */
    public void set(T next) {
        Objects.requireNonNull(next, "next");
        if (next.equals(current)) {
            return;
        }
        current = next;
        for (Consumer<? super T> listener : listeners) {
            listener.accept(next);
        }
    }

    @Override
    public Subscription subscribe(Consumer<? super T> listener) {
        Objects.requireNonNull(listener, "listener");
        // A fresh wrapper per subscription, so cancelling removes exactly this one.
        Consumer<T> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }
}
