package org.onetrip.kiosk.payment;

import java.util.Objects;

/** What a matter or certificate costs the citizen, as the kiosk says before the citizen starts. */
public sealed interface Charge {

    /** Free of charge: the kiosk says so. */
    record Free(String serviceCode) implements Charge {
    }

    /** A fee paid at the kiosk before the service is delivered. */
    record Fee(PayableItem item) implements Charge {
        public Fee {
            Objects.requireNonNull(item, "item");
            if (item.purpose() != PayableItem.Purpose.FEE) {
                throw new IllegalArgumentException("a fee is a FEE item");
            }
        }
    }
}
