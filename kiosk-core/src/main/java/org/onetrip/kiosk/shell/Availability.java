package org.onetrip.kiosk.shell;

import java.util.Objects;

/** Whether the kiosk serves citizens now. */
public sealed interface Availability {

    Availability IN_SERVICE = new InService();

    static Availability outOfService(OutOfServiceReason reason) {
        return new OutOfService(reason);
    }

    record InService() implements Availability {
    }

    record OutOfService(OutOfServiceReason reason) implements Availability {
        public OutOfService {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
