package org.onetrip.devices.scanner;

import java.util.Objects;
import java.util.Set;

import org.onetrip.devices.status.DeviceReason;

/**
 * The scanner refused a job, or a job stopped before the feeder ran empty.
 *
 * @param reason         what the citizen is told
 * @param scannerReasons what the scanner reported about itself at that moment
 * @param pagesDelivered pages the job had delivered before it stopped (they stay valid)
 * @param detail         for technicians: HTTP status, state keywords; never personal data
 */
public record ScanFailed(ScanFailure reason, Set<DeviceReason> scannerReasons, int pagesDelivered, String detail)
        implements ScanStart, ScanStep {
    public ScanFailed {
        Objects.requireNonNull(reason, "reason");
        scannerReasons = Set.copyOf(scannerReasons);
        Objects.requireNonNull(detail, "detail");
    }
}
