package org.onetrip.devices.scanner.escl;

import java.util.Set;

import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.status.DeviceReason;

/**
 * What an HTTP status from an eSCL scanner means to a citizen, in one place. 409 needs the scanner's
 * status to say which (feeder empty, jam, door open), so it is mapped with the status read after it.
 */
final class EsclAnswer {
    private EsclAnswer() {
    }

    /** The failure for a status that is neither success nor one the caller handles itself. */
    static ScanFailure failureOf(int httpStatus) {
        return switch (httpStatus) {
            case 401, 403 -> ScanFailure.ACCESS_DENIED;
            case 400, 405, 415, 422 -> ScanFailure.SETTINGS_REFUSED;
            case 409, 503 -> ScanFailure.SCANNER_BUSY;
            case 404, 410 -> ScanFailure.JOB_CANCELED;
            default -> ScanFailure.PROTOCOL_ERROR;
        };
    }

    /** What a 409 (conflict) means, given what the scanner reports about itself right after. */
    static ScanFailure conflictOf(Set<DeviceReason> reasons) {
        if (reasons.contains(DeviceReason.MEDIA_JAM)) {
            return ScanFailure.MEDIA_JAM;
        }
        if (reasons.contains(DeviceReason.COVER_OPEN)) {
            return ScanFailure.COVER_OPEN;
        }
        if (reasons.contains(DeviceReason.FEEDER_EMPTY)) {
            return ScanFailure.FEEDER_EMPTY;
        }
        return ScanFailure.SCANNER_BUSY;
    }
}
