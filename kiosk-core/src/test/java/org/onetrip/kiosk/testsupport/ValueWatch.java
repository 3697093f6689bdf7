package org.onetrip.kiosk.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;

/** Waits, without polling, until a model's value is one the test wants. */
public final class ValueWatch {

    private ValueWatch() {
    }

    /**
     * The value {@code wanted} accepts, now or when the value next changes to it.
     *
     * @throws AssertionError naming {@code what} and the value last seen, when it does not come within {@code timeout}
     */
    public static <T> T await(ReadOnlyValue<T> value, Predicate<? super T> wanted, Duration timeout, String what) {
        CompletableFuture<T> reached = new CompletableFuture<>();
        Subscription subscription = value.subscribe(next -> {
            if (wanted.test(next)) {
                reached.complete(next);
            }
        });
        try {
            T now = value.get();
            if (wanted.test(now)) {
                reached.complete(now);
            }
            return reached.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("not reached within " + timeout + ": " + what + "; the value is " + value.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError("a listener failed while waiting for " + what, e.getCause());
        } finally {
            subscription.cancel();
        }
    }
}
