package org.onetrip.devices.receipt.escpos;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.MonoImage;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden bytes written from the ESC/POS command table, and refused arguments. */
class EscPosEncoderTest {

    private static EscPosEncoder encoder() {
        return new EscPosEncoder(PaperWidth.MM58);
    }

    private static String hex(EscPosEncoder e) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(e.build().bytes());
    }

    @Test
    void initialise() {
        assertThat(hex(encoder().initialize())).isEqualTo("1B 40");
    }

    @ParameterizedTest
    @CsvSource({"LEFT,1B 61 00", "CENTRE,1B 61 01", "RIGHT,1B 61 02"})
    void alignment(Alignment alignment, String bytes) {
        assertThat(hex(encoder().align(alignment))).isEqualTo(bytes);
    }

    @Test
    void emphasisAndInversion() {
        assertThat(hex(encoder().emphasis(true).emphasis(false))).isEqualTo("1B 45 01 1B 45 00");
        assertThat(hex(encoder().inverted(true).inverted(false))).isEqualTo("1D 42 01 1D 42 00");
    }

    @ParameterizedTest
    @CsvSource({"1,1,1D 21 00", "2,1,1D 21 10", "1,2,1D 21 01", "2,2,1D 21 11", "8,8,1D 21 77"})
    void characterSize(int width, int height, String bytes) {
        assertThat(hex(encoder().characterSize(width, height))).isEqualTo(bytes);
    }

    @Test
    void lineSpacing() {
        assertThat(hex(encoder().lineSpacing(30).defaultLineSpacing())).isEqualTo("1B 33 1E 1B 32");
    }

    @Test
    void chineseTextIsGb18030InsideChineseMode() {
        assertThat(hex(encoder().chineseMode(true).text("受理").newline().chineseMode(false)))
                .isEqualTo("1C 26 CA DC C0 ED 0A 1C 2E");
    }

    @Test
    void charactersOutsideGbkTakeFourBytes() {
        // U+3400, the first of CJK extension A, is four bytes in GB18030
        assertThat(hex(encoder().chineseMode(true).text("㐀"))).isEqualTo("1C 26 81 39 EE 39");
    }

    @Test
    void theRareCharacterOfTheTestDeckHasItsGb18030TwoByteCode() {
        // U+4DAE (䶮, in the name 刘䶮) sits at FE 9F since GB18030-2005
        assertThat(hex(encoder().chineseMode(true).text("䶮"))).isEqualTo("1C 26 FE 9F");
    }

    @Test
    void feedAndLines() {
        EncodedReceipt r = encoder().line("A").feed(3).build();
        assertThat(HexFormat.ofDelimiter(" ").withUpperCase().formatHex(r.bytes())).isEqualTo("41 0A 1B 64 03");
        assertThat(r.lineEnds()).containsExactly(2, 5);
    }

    @Test
    void qrCodeStoreLengthIsByteLengthPlusThree() {
        String data = "https://a.cn/?no=1";
        assertThat(hex(encoder().qrCode(data, 6, QrErrorCorrection.M))).isEqualTo(
                "1D 28 6B 04 00 31 41 32 00 "
                        + "1D 28 6B 03 00 31 43 06 "
                        + "1D 28 6B 03 00 31 45 31 "
                        + "1D 28 6B 15 00 31 50 30 " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data.getBytes())
                        + " 1D 28 6B 03 00 31 51 30");
    }

    @Test
    void qrCodeLengthCountsUtf8BytesNotCharacters() {
        byte[] bytes = encoder().qrCode("受理", 4, QrErrorCorrection.L).build().bytes();
        // 2 characters, 6 UTF-8 bytes: pL = 6 + 3 = 9
        assertThat(HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, 25, 33)).isEqualTo("1D 28 6B 09 00 31 50 30");
    }

    @Test
    void code128UsesSetBForTextAndSetCForTrailingDigits() {
        assertThat(hex(encoder().code128("SQ2026", 2, 64, HriPosition.BELOW)))
                .isEqualTo("1D 48 02 1D 77 02 1D 68 40 1D 6B 49 08 7B 42 53 51 7B 43 14 1A");
        assertThat(hex(encoder().code128("AB{1", 3, 80, HriPosition.NONE)))
                .isEqualTo("1D 48 00 1D 77 03 1D 68 50 1D 6B 49 07 7B 42 41 42 7B 7B 31");
    }

    @Test
    void rasterImage() {
        MonoImage image = new MonoImage(9, 2, new byte[] {(byte) 0x80, 0x00, 0x00, (byte) 0x80});
        assertThat(hex(encoder().rasterImage(image))).isEqualTo("1D 76 30 00 02 00 02 00 80 00 00 80");
    }

    @Test
    void cuts() {
        assertThat(hex(encoder().cut(CutMode.FULL).cut(CutMode.PARTIAL))).isEqualTo("1D 56 00 1D 56 01");
        assertThat(hex(encoder().feedAndCut(CutMode.FULL, 0).feedAndCut(CutMode.PARTIAL, 96))).isEqualTo("1D 56 41 00 1D 56 42 60");
    }

    @Test
    void statusAndControlCommands() {
        assertThat(EscPosEncoder.statusRequest(StatusRequest.PRINTER)).containsExactly(0x10, 0x04, 0x01);
        assertThat(EscPosEncoder.statusRequest(StatusRequest.ROLL_PAPER)).containsExactly(0x10, 0x04, 0x04);
        assertThat(EscPosEncoder.recoverAndClearBuffers()).containsExactly(0x10, 0x05, 0x02);
        assertThat(EscPosEncoder.paperSensorQuery()).containsExactly(0x1D, 0x72, 0x01);
        assertThat(EscPosEncoder.printerInfo(65)).containsExactly(0x1D, 0x49, 0x41);
        assertThat(hex(encoder().automaticStatusBack(false, true, true, true))).isEqualTo("1D 61 0E");
    }

    // ---- refused arguments, each with the allowed range ---------------------------------

    @Test
    void refusesOutOfRangeArguments() {
        assertThatThrownBy(() -> encoder().characterSize(9, 1)).hasMessage("character width must be 1..8, was 9");
        assertThatThrownBy(() -> encoder().characterSize(1, 0)).hasMessage("character height must be 1..8, was 0");
        assertThatThrownBy(() -> encoder().lineSpacing(256)).hasMessage("line spacing must be 0..255, was 256");
        assertThatThrownBy(() -> encoder().feed(0)).hasMessage("feed must be 1..255, was 0");
        assertThatThrownBy(() -> encoder().qrCode("x", 17, QrErrorCorrection.M)).hasMessage("QR module size in dots must be 1..16, was 17");
        assertThatThrownBy(() -> encoder().qrCode("", 4, QrErrorCorrection.M)).hasMessage("QR data length in bytes must be 1..700, was 0");
        assertThatThrownBy(() -> encoder().code128("A", 1, 64, HriPosition.NONE))
                .hasMessage("barcode module width in dots must be 2..6, was 1");
        assertThatThrownBy(() -> encoder().code128("A", 2, 0, HriPosition.NONE)).hasMessage("barcode height in dots must be 1..255, was 0");
        assertThatThrownBy(() -> encoder().code128("受理", 2, 64, HriPosition.NONE))
                .hasMessage("CODE128 data must be printable ASCII (0x20..0x7E); found 0x53d7 at index 0");
        assertThatThrownBy(() -> encoder().feedAndCut(CutMode.FULL, 300)).hasMessage("feed before cut in dots must be 0..255, was 300");
    }

    @Test
    void refusesAnImageWiderThanThePaper() {
        MonoImage wide = new MonoImage(400, 1, new byte[50]);
        assertThatThrownBy(() -> encoder().rasterImage(wide)).hasMessage("image width in dots on 58 mm paper must be 1..384, was 400");
    }

    @Test
    void refusesControlCharactersAndChineseOutsideChineseMode() {
        assertThatThrownBy(() -> encoder().text("a\u001bb")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must not hold control characters (0x00..0x1F, 0x7F); found 0x1b at index 1");
        assertThatThrownBy(() -> encoder().text("受理")).isInstanceOf(IllegalStateException.class)
                .hasMessage("non-ASCII text needs chineseMode(true) first; found U+53D7 at index 0");
    }

    @Test
    void aRefusedCommandAddsNothing() {
        EscPosEncoder e = encoder().initialize();
        assertThatThrownBy(() -> e.characterSize(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(hex(e)).isEqualTo("1B 40");
    }
}
