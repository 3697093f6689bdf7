package org.onetrip.backend.payment;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The payment faults switched on now, and how long a {@link PaymentFault#TIME_OUT} answer is held
 * back. Thread-safe; change at any time, also while the platform serves.
 */
public final class PaymentFaults {

    /** The longest an answer may be held back, so that a fault never keeps a request thread for long. */
    public static final Duration LONGEST_DELAY = Duration.ofSeconds(30);

    private final EnumSet<PaymentFault> on = EnumSet.noneOf(PaymentFault.class);
    private Duration answerDelay = Duration.ofSeconds(5);

    /** Switches {@code fault} on. */
    public synchronized PaymentFaults switchOn(PaymentFault fault) {
        on.add(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    public synchronized void switchOff(PaymentFault fault) {
        on.remove(fault);
    }

    /** Exactly these faults from now on. */
    public synchronized void set(Set<PaymentFault> faults) {
        on.clear();
        on.addAll(faults);
    }

    /** Every fault off. */
    public synchronized void clear() {
        on.clear();
    }

    public synchronized boolean isOn(PaymentFault fault) {
        return on.contains(fault);
    }

    public synchronized Set<PaymentFault> switchedOn() {
        return on.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(on));
    }

    /**
     * How long a {@link PaymentFault#TIME_OUT} answer is held back.
     *
     * @throws IllegalArgumentException outside 0..{@link #LONGEST_DELAY}
     */
    public synchronized void answerDelay(Duration delay) {
        if (delay.isNegative() || delay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("answerDelay must be 0.." + LONGEST_DELAY + ", was " + delay);
        }
        answerDelay = delay;
    }

    public synchronized Duration answerDelay() {
        return answerDelay;
    }
}
