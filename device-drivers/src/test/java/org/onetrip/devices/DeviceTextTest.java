package org.onetrip.devices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTextTest {

    @Test
    void ordinaryDeviceTextPassesUnchanged() {
        assertThat(DeviceText.printable("EPSON TM-T88VI")).isEqualTo("EPSON TM-T88VI");
        assertThat(DeviceText.printable("HP LaserJet 400 M401dn · 就绪")).isEqualTo("HP LaserJet 400 M401dn · 就绪");
    }

    @Test
    void controlAndFormatCharactersAreWrittenAsEscapes() {
        assertThat(DeviceText.printable("TM-T88\u001B@\u0007\r\n")).isEqualTo("TM-T88\\x1B@\\x07\\x0D\\x0A");
        assertThat(DeviceText.printable("model\u202Eevil\u0085")).isEqualTo("model\\u202Eevil\\x85");
        assertThat(DeviceText.printable("half \uD800 pair")).isEqualTo("half \\uD800 pair");
        assertThat(DeviceText.printable("a\\x1B")).as("a backslash cannot fake an escape").isEqualTo("a\\\\x1B");
    }

    @Test
    void longTextIsCut() {
        String printed = DeviceText.printable("M".repeat(500));

        assertThat(printed).isEqualTo("M".repeat(DeviceText.MAX_LENGTH) + "…");
        assertThat(DeviceText.printable("M".repeat(DeviceText.MAX_LENGTH))).isEqualTo("M".repeat(DeviceText.MAX_LENGTH));
    }
}
