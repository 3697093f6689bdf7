package org.onetrip.kiosk.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which ways of paying the kiosk offers now, from what the supervisor sees: without the platform
 * there is no payment journey at all, and fee-bearing services say so before the citizen starts;
 * without a usable code scanner the QR on screen is the only way.
 *
 * @param platformReachable whether the payment platform answered lately
 * @param scannerUsable     whether the code scanner is there and usable
 */
public record PaymentAvailability(boolean platformReachable, boolean scannerUsable) {

    /** Whether the home screen offers "缴费 / Pay", and fees can be taken inside other journeys. */
    public boolean offered() {
        return platformReachable;
    }

    /** The ways of paying offered now; empty without the platform. */
    public Set<PaymentChannel> ways() {
        if (!platformReachable) {
            return Set.of();
        }
        return scannerUsable ? EnumSet.allOf(PaymentChannel.class) : EnumSet.of(PaymentChannel.QR);
    }

    /** The same, as if the scanner were gone. */
    public static PaymentAvailability withoutScanner(PaymentAvailability availability) {
        return new PaymentAvailability(availability.platformReachable(), false);
    }

    /** Whether a service with {@code charge} can be started now: free ones always, fee-bearing ones with the platform. */
    public boolean canStart(Charge charge) {
        return charge instanceof Charge.Free || offered();
    }
}
