package org.onetrip.devices.idcard;

import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A card watch driven by a repeating step on the device thread. */
public final class ScheduledCardWatch implements CardWatch {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledCardWatch.class);
    private volatile ScheduledFuture<?> future;
    private volatile boolean cancelled;

    public void attach(ScheduledFuture<?> future) {
        this.future = future;
        if (cancelled) {
            future.cancel(false);
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        ScheduledFuture<?> f = future;
        if (f != null) {
            f.cancel(false);
        }
    }

    /**
     * Hands an event to the listener unless the watch is cancelled. A listener that throws
     * is logged and the watch goes on: a scheduled step that throws would never run again.
     */
    public void deliver(Consumer<CardEvent> listener, CardEvent event) {
        if (cancelled) {
            return;
        }
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("card event listener failed on {}", event.getClass().getSimpleName(), e);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
