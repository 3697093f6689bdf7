package org.onetrip.devices.codescanner;

import java.time.Duration;
import java.util.Objects;
import org.onetrip.devices.status.DeviceReason;

/** How one request for a code ended. */
public sealed interface CodeRead {

    /** A code was read. */
    record Scanned(ScannedCode code) implements CodeRead {
        public Scanned {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Nothing was shown within the time, or the request was cancelled. */
    record NothingScanned(Duration waited, boolean cancelled) implements CodeRead {
    }

    /**
     * The scanner could not be used: its port is missing, or it sent something that is not a code.
     *
     * @param detail for technicians; never the scanned text
     */
    record Failed(DeviceReason reason, String detail) implements CodeRead {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
