package org.onetrip.devices.receipt.escpos;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.onetrip.devices.receipt.PrinterCondition;
import org.onetrip.devices.receipt.PrinterStatus;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.devices.receipt.PrinterCondition.COVER_OPEN;
import static org.onetrip.devices.receipt.PrinterCondition.CUTTER_ERROR;
import static org.onetrip.devices.receipt.PrinterCondition.OFFLINE;
import static org.onetrip.devices.receipt.PrinterCondition.OTHER_ERROR;
import static org.onetrip.devices.receipt.PrinterCondition.PAPER_NEAR_END;
import static org.onetrip.devices.receipt.PrinterCondition.PAPER_OUT;
import static org.onetrip.devices.receipt.PrinterCondition.UNRECOVERABLE_ERROR;

/** Status bytes from the DLE EOT and ASB tables, both ways, and malformed ones. */
class PrinterStatusCodecTest {

    @Test
    void healthyPrinterAnswers0x12ToEveryRequest() {
        for (StatusRequest r : StatusRequest.values()) {
            assertThat(PrinterStatusCodec.decodeRealtime(r, 0x12)).as("DLE EOT %d", r.n()).isEmpty();
            assertThat(PrinterStatusCodec.encodeRealtime(r, Set.of())).isEqualTo(0x12);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "PRINTER, 0x1A, OFFLINE",
            "OFFLINE_CAUSE, 0x16, COVER_OPEN",
            "OFFLINE_CAUSE, 0x32, PAPER_OUT",
            "OFFLINE_CAUSE, 0x52, OTHER_ERROR",
            "ERROR_CAUSE, 0x1A, CUTTER_ERROR",
            "ERROR_CAUSE, 0x32, UNRECOVERABLE_ERROR",
            "ERROR_CAUSE, 0x52, AUTO_RECOVERABLE_ERROR",
            "ROLL_PAPER, 0x1E, PAPER_NEAR_END",
            "ROLL_PAPER, 0x72, PAPER_OUT"})
    void oneBitOneCondition(StatusRequest request, String reply, PrinterCondition condition) {
        int value = Integer.decode(reply);
        assertThat(PrinterStatusCodec.decodeRealtime(request, value)).containsExactly(condition);
        assertThat(PrinterStatusCodec.encodeRealtime(request, EnumSet.of(condition))).isEqualTo(value);
    }

    @Test
    void paperOutWithNearEndFromTheRollSensor() {
        assertThat(PrinterStatusCodec.decodeRealtime(StatusRequest.ROLL_PAPER, 0x7E)).containsExactlyInAnyOrder(PAPER_NEAR_END, PAPER_OUT);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x13, 0x10, 0x92, 0xFF, 0x02})
    void refusesBytesNotOfTheReplyForm(int value) {
        assertThatThrownBy(() -> PrinterStatusCodec.decodeRealtime(StatusRequest.OFFLINE_CAUSE, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to DLE EOT 2 (10 04 02) is not of the form 0xx1xx10");
    }

    @Test
    void asbRoundTripsEveryCondition() {
        Set<PrinterCondition> all = EnumSet.of(OFFLINE, COVER_OPEN, PAPER_NEAR_END, PAPER_OUT, CUTTER_ERROR, UNRECOVERABLE_ERROR);
        byte[] packet = PrinterStatusCodec.encodeAsb(all);
        assertThat(PrinterStatusCodec.hex(packet)).isEqualTo("38 28 0F 00");
        assertThat(PrinterStatusCodec.decodeAsb(packet)).isEqualTo(all);
        assertThat(PrinterStatusCodec.hex(PrinterStatusCodec.encodeAsb(Set.of()))).isEqualTo("10 00 00 00");
    }

    @Test
    void asbAndRealtimeRepliesAreToldApartByBitOne() {
        assertThat(PrinterStatusCodec.isAsbHeader(0x10)).isTrue();
        assertThat(PrinterStatusCodec.isRealtimeReply(0x10)).isFalse();
        assertThat(PrinterStatusCodec.isRealtimeReply(0x12)).isTrue();
        assertThat(PrinterStatusCodec.isAsbHeader(0x12)).isFalse();
    }

    @Test
    void refusesAMalformedAsbPacket() {
        assertThatThrownBy(() -> PrinterStatusCodec.decodeAsb(new byte[] {0x12, 0, 0, 0}))
                .hasMessage("not an automatic status back packet: 12 00 00 00");
        assertThatThrownBy(() -> PrinterStatusCodec.decodeAsb(new byte[] {0x10, 0, 0}))
                .hasMessage("not an automatic status back packet: 10 00 00");
    }

    @Test
    void errorOccurredIsDroppedOnceTheCauseIsKnown() {
        Set<PrinterCondition> offlineCause = PrinterStatusCodec.decodeRealtime(StatusRequest.OFFLINE_CAUSE, 0x52);
        Set<PrinterCondition> errorCause = PrinterStatusCodec.decodeRealtime(StatusRequest.ERROR_CAUSE, 0x1A);
        assertThat(PrinterStatusCodec.combine(offlineCause, errorCause)).containsExactly(CUTTER_ERROR);
        assertThat(PrinterStatusCodec.combine(offlineCause, Set.of())).containsExactly(OTHER_ERROR);
    }

    @Test
    void mapsIntoTheCommonStatusModel() {
        assertThat(PrinterStatus.READY.deviceState()).isEqualTo(DeviceState.ONLINE);
        assertThat(new PrinterStatus(Set.of(PAPER_NEAR_END)).deviceState()).isEqualTo(DeviceState.DEGRADED);
        assertThat(new PrinterStatus(Set.of(PAPER_NEAR_END)).readyToPrint()).isTrue();
        PrinterStatus paperOut = new PrinterStatus(Set.of(OFFLINE, PAPER_OUT));
        assertThat(paperOut.deviceState()).isEqualTo(DeviceState.OFFLINE);
        assertThat(paperOut.deviceReasons()).containsExactly(DeviceReason.PAPER_OUT);
        assertThat(new PrinterStatus(Set.of(OFFLINE, COVER_OPEN)).deviceReasons()).containsExactly(DeviceReason.COVER_OPEN);
        PrinterStatus cutter = new PrinterStatus(Set.of(OFFLINE, CUTTER_ERROR));
        assertThat(cutter.deviceState()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(cutter.deviceReasons()).containsExactly(DeviceReason.CUTTER_ERROR);
        PrinterStatus dead = new PrinterStatus(Set.of(OFFLINE, UNRECOVERABLE_ERROR));
        assertThat(dead.deviceState()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(dead.errorText()).hasValueSatisfying(t -> assertThat(t).contains("UNRECOVERABLE_ERROR"));
    }
}
