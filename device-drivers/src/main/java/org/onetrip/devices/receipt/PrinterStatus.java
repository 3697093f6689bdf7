package org.onetrip.devices.receipt;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/**
 * What a receipt printer reported about itself, and how that reads in the common device
 * status model. This is the one place where printer conditions become device states:
 * <ul>
 * <li>cutter or unrecoverable error: {@link DeviceState#HARDWARE_ERROR}</li>
 * <li>paper out, cover open, or offline for another cause: {@link DeviceState#OFFLINE}</li>
 * <li>paper near end only: {@link DeviceState#DEGRADED}</li>
 * <li>nothing to report: {@link DeviceState#ONLINE}</li>
 * </ul>
 *
 * @param conditions the conditions reported; empty for a healthy printer
 */
public record PrinterStatus(Set<PrinterCondition> conditions) {
    public static final PrinterStatus READY = new PrinterStatus(Set.of());

    public PrinterStatus {
        conditions = conditions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(conditions));
    }

    public boolean has(PrinterCondition condition) {
        return conditions.contains(condition);
    }

    /** Whether a receipt can be started: online and none of the conditions stop printing. */
    public boolean readyToPrint() {
        return blockingReason().isEmpty();
    }

    /** Why a print cannot start or go on, the most specific cause first; empty when ready. */
    public Optional<FailureReason> blockingReason() {
        if (has(PrinterCondition.UNRECOVERABLE_ERROR)) {
            return Optional.of(FailureReason.HARDWARE_ERROR);
        }
        if (has(PrinterCondition.CUTTER_ERROR)) {
            return Optional.of(FailureReason.CUTTER_ERROR);
        }
        if (has(PrinterCondition.PAPER_OUT)) {
            return Optional.of(FailureReason.PAPER_OUT);
        }
        if (has(PrinterCondition.COVER_OPEN)) {
            return Optional.of(FailureReason.COVER_OPEN);
        }
        if (has(PrinterCondition.AUTO_RECOVERABLE_ERROR) || has(PrinterCondition.OTHER_ERROR)) {
            return Optional.of(FailureReason.HARDWARE_ERROR);
        }
        if (has(PrinterCondition.OFFLINE)) {
            return Optional.of(FailureReason.OFFLINE);
        }
        return Optional.empty();
    }

    public DeviceState deviceState() {
        if (has(PrinterCondition.UNRECOVERABLE_ERROR) || has(PrinterCondition.CUTTER_ERROR)
                || has(PrinterCondition.AUTO_RECOVERABLE_ERROR) || has(PrinterCondition.OTHER_ERROR)) {
            return DeviceState.HARDWARE_ERROR;
        }
        if (has(PrinterCondition.PAPER_OUT) || has(PrinterCondition.COVER_OPEN) || has(PrinterCondition.OFFLINE)) {
            return DeviceState.OFFLINE;
        }
        if (has(PrinterCondition.PAPER_NEAR_END)) {
            return DeviceState.DEGRADED;
        }
        return DeviceState.ONLINE;
    }

    /** The printer's conditions as reasons of the common device status model. */
    public Set<DeviceReason> deviceReasons() {
        Set<DeviceReason> reasons = EnumSet.noneOf(DeviceReason.class);
        if (has(PrinterCondition.PAPER_NEAR_END)) {
            reasons.add(DeviceReason.PAPER_NEAR_END);
        }
        if (has(PrinterCondition.PAPER_OUT)) {
            reasons.add(DeviceReason.PAPER_OUT);
        }
        if (has(PrinterCondition.COVER_OPEN)) {
            reasons.add(DeviceReason.COVER_OPEN);
        }
        if (has(PrinterCondition.CUTTER_ERROR)) {
            reasons.add(DeviceReason.CUTTER_ERROR);
        }
        if (has(PrinterCondition.UNRECOVERABLE_ERROR)) {
            reasons.add(DeviceReason.UNRECOVERABLE_ERROR);
        }
        if (has(PrinterCondition.AUTO_RECOVERABLE_ERROR)) {
            // ESC/POS reports head overheating and similar self-clearing faults this way
            reasons.add(DeviceReason.OVERHEATED);
        }
        return reasons;
    }

    /** Text for technicians when something is wrong; empty when ready or only near end. */
    public Optional<String> errorText() {
        if (readyToPrint()) {
            return Optional.empty();
        }
        return Optional.of("printer reports " + conditions);
    }
}
