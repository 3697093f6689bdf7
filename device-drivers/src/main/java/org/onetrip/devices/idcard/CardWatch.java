package org.onetrip.devices.idcard;

/** A running watch for cards placed and removed; cancel it to stop. */
public interface CardWatch extends AutoCloseable {
    /** Stops the watch. No event is delivered after this returns on the device thread. Idempotent. */
    void cancel();

    boolean isCancelled();

    @Override
    default void close() {
        cancel();
    }
}
