package org.onetrip.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/** The mapping table of docs/devices/certificate-printer.md, row by row. */
class PrinterStateReasonsTest {

    @ParameterizedTest
    @CsvSource({
        "media-empty-report, PAPER_OUT", "media-empty-error, PAPER_OUT", "media-needed-warning, PAPER_OUT",
        "media-low-warning, PAPER_NEAR_END", "media-jam-error, MEDIA_JAM", "door-open-error, DOOR_OPEN",
        "cover-open, COVER_OPEN", "interlock-open-error, COVER_OPEN", "toner-empty-error, TONER_OUT",
        "marker-supply-empty-error, TONER_OUT", "toner-low-report, TONER_LOW", "marker-supply-low-warning, TONER_LOW",
        "input-tray-missing-error, INPUT_TRAY_MISSING", "output-area-full-error, OUTPUT_AREA_FULL", "paused, PAUSED",
        "moving-to-paused, PAUSED", "shutdown, PAUSED", "offline-report, PORT_MISSING", "other-error, DEVICE_FAULT",
        "timed-out, TIMEOUT"})
    void keywordsMapToReasonsWhateverTheirSeverity(String keyword, DeviceReason reason) {
        assertThat(PrinterStateReasons.reason(keyword)).contains(reason);
    }

    @Test
    void noneUnknownAndHarmlessKeywordsMapToNothing() {
        assertThat(PrinterStateReasons.reasons(List.of("none", "other-report", "spool-area-full", "com.example-x"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "IDLE, '', ONLINE", "PROCESSING, '', BUSY", "STOPPED, '', HARDWARE_ERROR", "IDLE, TONER_LOW, DEGRADED",
        "PROCESSING, PAPER_NEAR_END, DEGRADED", "IDLE, PAPER_OUT, HARDWARE_ERROR", "IDLE, DOOR_OPEN, HARDWARE_ERROR",
        "IDLE, PORT_MISSING, OFFLINE"})
    void printerStateAndReasonsGiveTheDeviceState(PrinterActivity activity, String reason, DeviceState state) {
        Set<DeviceReason> reasons = reason.isEmpty() ? Set.of() : Set.of(DeviceReason.valueOf(reason));

        assertThat(PrinterStateReasons.state(activity, reasons)).isEqualTo(state);
    }

    @Test
    void refusalNamesTheMostUsefulReasonFirst() {
        assertThat(PrinterStateReasons.refusal(PrinterActivity.STOPPED, Set.of(DeviceReason.PAUSED, DeviceReason.MEDIA_JAM,
                DeviceReason.PAPER_OUT), true)).contains(PrintFailure.MEDIA_JAM);
        assertThat(PrinterStateReasons.refusal(PrinterActivity.STOPPED, Set.of(DeviceReason.PAUSED), true))
                .contains(PrintFailure.PRINTER_STOPPED);
        assertThat(PrinterStateReasons.refusal(PrinterActivity.IDLE, Set.of(DeviceReason.COVER_OPEN), true))
                .contains(PrintFailure.DOOR_OPEN);
        assertThat(PrinterStateReasons.refusal(PrinterActivity.IDLE, Set.of(), false)).contains(PrintFailure.NOT_ACCEPTING_JOBS);
        assertThat(PrinterStateReasons.refusal(PrinterActivity.PROCESSING, Set.of(DeviceReason.TONER_LOW), true)).isEmpty();
    }

    @Test
    void everyFailureHasChineseAdviceForTheCitizen() {
        for (PrintFailure failure : PrintFailure.values()) {
            assertThat(failure.advice()).as(failure.name()).matches(".*[\\u4e00-\\u9fff].*");
            assertThat(failure.englishAdvice()).isNotBlank();
        }
    }
}
