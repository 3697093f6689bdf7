package org.onetrip.devices.printer;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/**
 * The one place where printer-state-reasons keywords (RFC 8011 section 5.4.12; the same words
 * name javax.print's {@code PrinterStateReason}) become the common device status model.
 *
 * <p>A keyword may carry a severity suffix ({@code -report}, {@code -warning}, {@code -error}).
 * The suffix is ignored when deciding whether a reason blocks printing: printers differ in the
 * severity they give an empty tray (ippeveprinter says {@code media-empty-report}), and a
 * certificate must not be sent to a printer that says it has no paper at any severity.
 */
public final class PrinterStateReasons {
    private static final Map<String, DeviceReason> BY_KEYWORD = Map.ofEntries(
            Map.entry("media-empty", DeviceReason.PAPER_OUT),
            Map.entry("media-needed", DeviceReason.PAPER_OUT),
            Map.entry("media-low", DeviceReason.PAPER_NEAR_END),
            Map.entry("media-jam", DeviceReason.MEDIA_JAM),
            Map.entry("door-open", DeviceReason.DOOR_OPEN),
            Map.entry("cover-open", DeviceReason.COVER_OPEN),
            Map.entry("interlock-open", DeviceReason.COVER_OPEN),
            Map.entry("toner-empty", DeviceReason.TONER_OUT),
            Map.entry("marker-supply-empty", DeviceReason.TONER_OUT),
            Map.entry("toner-low", DeviceReason.TONER_LOW),
            Map.entry("marker-supply-low", DeviceReason.TONER_LOW),
            Map.entry("input-tray-missing", DeviceReason.INPUT_TRAY_MISSING),
            Map.entry("output-area-full", DeviceReason.OUTPUT_AREA_FULL),
            Map.entry("paused", DeviceReason.PAUSED),
            Map.entry("moving-to-paused", DeviceReason.PAUSED),
            Map.entry("shutdown", DeviceReason.PAUSED),
            Map.entry("offline", DeviceReason.PORT_MISSING),
            Map.entry("connecting-to-device", DeviceReason.PORT_MISSING),
            Map.entry("timed-out", DeviceReason.TIMEOUT));

    private static final Set<DeviceReason> BLOCKING = EnumSet.of(DeviceReason.PAPER_OUT, DeviceReason.MEDIA_JAM,
            DeviceReason.DOOR_OPEN, DeviceReason.COVER_OPEN, DeviceReason.TONER_OUT, DeviceReason.INPUT_TRAY_MISSING,
            DeviceReason.OUTPUT_AREA_FULL, DeviceReason.PAUSED, DeviceReason.DEVICE_FAULT, DeviceReason.PORT_MISSING);

    /** The order in which a refusal names its reason when several block at once. */
    private static final List<DeviceReason> REFUSAL_ORDER = List.of(DeviceReason.MEDIA_JAM, DeviceReason.PAPER_OUT,
            DeviceReason.DOOR_OPEN, DeviceReason.COVER_OPEN, DeviceReason.TONER_OUT);

    private PrinterStateReasons() {
    }

    /** The reason a keyword stands for; empty for {@code none} and for keywords without a place in the model. */
    public static Optional<DeviceReason> reason(String keyword) {
        String base = withoutSeverity(keyword);
        if (base.equals("other")) {
            return keyword.endsWith("-error") ? Optional.of(DeviceReason.DEVICE_FAULT) : Optional.empty();
        }
        return Optional.ofNullable(BY_KEYWORD.get(base));
    }

    /** The reasons of all keywords. */
    public static Set<DeviceReason> reasons(Collection<String> keywords) {
        Set<DeviceReason> reasons = EnumSet.noneOf(DeviceReason.class);
        keywords.forEach(k -> reason(k).ifPresent(reasons::add));
        return reasons;
    }

    /** Whether a printer reporting this reason must not be given a certificate. */
    public static boolean blocksPrinting(DeviceReason reason) {
        return BLOCKING.contains(reason);
    }

    /**
     * The device state: stopped or a blocking reason is a fault needing a technician; a
     * warning (paper or toner low) degrades; printing is busy.
     */
    public static DeviceState state(PrinterActivity activity, Set<DeviceReason> reasons) {
        if (reasons.contains(DeviceReason.PORT_MISSING)) {
            return DeviceState.OFFLINE;
        }
        if (activity == PrinterActivity.STOPPED || reasons.stream().anyMatch(PrinterStateReasons::blocksPrinting)) {
            return DeviceState.HARDWARE_ERROR;
        }
        if (!reasons.isEmpty()) {
            return DeviceState.DEGRADED;
        }
        return activity == PrinterActivity.PROCESSING ? DeviceState.BUSY : DeviceState.ONLINE;
    }

    /**
     * Why a print must be refused now, or empty when the printer can take it.
     *
     * @param accepting whether the printer accepts jobs (IPP printer-is-accepting-jobs)
     */
    public static Optional<PrintFailure> refusal(PrinterActivity activity, Set<DeviceReason> reasons, boolean accepting) {
        for (DeviceReason reason : REFUSAL_ORDER) {
            if (reasons.contains(reason)) {
                return Optional.of(failureFor(reason));
            }
        }
        if (reasons.contains(DeviceReason.PORT_MISSING)) {
            return Optional.of(PrintFailure.PRINTER_OFFLINE);
        }
        if (activity == PrinterActivity.STOPPED || reasons.stream().anyMatch(PrinterStateReasons::blocksPrinting)) {
            return Optional.of(PrintFailure.PRINTER_STOPPED);
        }
        if (!accepting) {
            return Optional.of(PrintFailure.NOT_ACCEPTING_JOBS);
        }
        return Optional.empty();
    }

    /** The failure to report for a job the printer aborted, given what the printer says about itself. */
    public static PrintFailure abortCause(Set<DeviceReason> reasons) {
        for (DeviceReason reason : REFUSAL_ORDER) {
            if (reasons.contains(reason)) {
                return failureFor(reason);
            }
        }
        return PrintFailure.JOB_ABORTED;
    }

    private static PrintFailure failureFor(DeviceReason reason) {
        return switch (reason) {
            case MEDIA_JAM -> PrintFailure.MEDIA_JAM;
            case PAPER_OUT -> PrintFailure.PAPER_OUT;
            case DOOR_OPEN, COVER_OPEN -> PrintFailure.DOOR_OPEN;
            case TONER_OUT -> PrintFailure.TONER_OUT;
            default -> PrintFailure.PRINTER_STOPPED;
        };
    }

    private static String withoutSeverity(String keyword) {
        for (String suffix : List.of("-report", "-warning", "-error")) {
            if (keyword.endsWith(suffix)) {
                return keyword.substring(0, keyword.length() - suffix.length());
            }
        }
        return keyword;
    }
}
