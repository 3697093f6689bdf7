package org.onetrip.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;

/**
 * Mirrors kiosk-core model values into JavaFX properties. Model changes may come from any thread
 * (a time-out, a device); they always reach the properties later on the FX thread, so the model's
 * lock is never held while a view reacts, and the FX thread never waits on the model.
 */
final class FxMirror {

    private final List<Subscription> subscriptions = new ArrayList<>();

    /** A property on the FX thread that follows {@code value}. Call on the FX thread. */
    <T> ReadOnlyObjectProperty<T> of(ReadOnlyValue<T> value) {
        ReadOnlyObjectWrapper<T> property = new ReadOnlyObjectWrapper<>(value.get());
        // Read the newest value when the update runs: queued updates can then never apply out of order.
        subscriptions.add(value.subscribe(changed -> Platform.runLater(() -> property.set(value.get()))));
        return property.getReadOnlyProperty();
    }

    /** Stops following the model, when the window goes away. */
    void close() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
    }
}
