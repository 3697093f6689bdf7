package org.onetrip.devices.scanner.escl;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/**
 * A scanner's ScannerStatus document.
 *
 * @param state the scanner's {@code pwg:State}
 * @param adf   the feeder's {@code scan:AdfState}, when the scanner has a feeder and says
 * @param jobs  the jobs it lists, newest as the scanner orders them
 */
public record EsclStatus(ScannerState state, Optional<AdfState> adf, List<JobInfo> jobs) {
    public EsclStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(adf, "adf");
        jobs = List.copyOf(jobs);
    }

    /** {@code pwg:State}. */
    public enum ScannerState {
        IDLE("Idle"), PROCESSING("Processing"), TESTING("Testing"), STOPPED("Stopped"), DOWN("Down");

        private final String keyword;

        ScannerState(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        static ScannerState ofKeyword(String keyword) {
            for (ScannerState s : values()) {
                if (s.keyword.equals(keyword)) {
                    return s;
                }
            }
            throw new EsclFormatException("unknown scanner State " + keyword);
        }
    }

    /** {@code scan:AdfState}; keywords this driver does not know are {@link #OTHER}. */
    public enum AdfState {
        LOADED("ScannerAdfLoaded"), EMPTY("ScannerAdfEmpty"), JAM("ScannerAdfJam"), DOOR_OPEN("ScannerAdfDoorOpen"),
        PROCESSING("ScannerAdfProcessing"), OTHER("");

        private final String keyword;

        AdfState(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }

        static AdfState ofKeyword(String keyword) {
            for (AdfState s : values()) {
                if (s.keyword.equals(keyword)) {
                    return s;
                }
            }
            return OTHER;
        }
    }

    /**
     * One job the scanner lists.
     *
     * @param uri             the job's path, e.g. {@code /eSCL/ScanJobs/7}
     * @param state           {@code pwg:JobState} keyword: Pending, Processing, Completed, Canceled, Aborted
     * @param imagesCompleted pages scanned so far
     */
    public record JobInfo(String uri, String state, int imagesCompleted) {
    }

    /** This status in the common device model. */
    public DeviceState deviceState() {
        if (state == ScannerState.DOWN) {
            return DeviceState.HARDWARE_ERROR;
        }
        if (adf.isPresent() && (adf.get() == AdfState.JAM || adf.get() == AdfState.DOOR_OPEN)) {
            return DeviceState.HARDWARE_ERROR;
        }
        if (state == ScannerState.PROCESSING || state == ScannerState.TESTING) {
            return DeviceState.BUSY;
        }
        if (state == ScannerState.STOPPED) {
            return DeviceState.DEGRADED;
        }
        return DeviceState.ONLINE;
    }

    /** Why the scanner is in that state. */
    public Set<DeviceReason> reasons() {
        Set<DeviceReason> reasons = EnumSet.noneOf(DeviceReason.class);
        adf.ifPresent(a -> {
            switch (a) {
                case EMPTY -> reasons.add(DeviceReason.FEEDER_EMPTY);
                case JAM -> reasons.add(DeviceReason.MEDIA_JAM);
                case DOOR_OPEN -> reasons.add(DeviceReason.COVER_OPEN);
                default -> { }
            }
        });
        if (state == ScannerState.STOPPED) {
            reasons.add(DeviceReason.PAUSED);
        }
        if (state == ScannerState.DOWN) {
            reasons.add(DeviceReason.DEVICE_FAULT);
        }
        return reasons;
    }
}
