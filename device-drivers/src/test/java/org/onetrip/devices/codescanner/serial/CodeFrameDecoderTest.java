package org.onetrip.devices.codescanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onetrip.devices.codescanner.serial.CodeFrameDecoder.Frame;

class CodeFrameDecoderTest {

    private static final byte[] CR = {'\r'};
    private static final byte[] CRLF = {'\r', '\n'};

    @Test
    void aPaymentCodeEndedByCarriageReturn() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CR, 512);

        List<Frame> frames = feed(decoder, (hex("3133343536373839303132333435363738390d")));

        assertThat(frames).containsExactly(new Frame.Code("134567890123456789"));
    }

    @Test
    void aPrefixIsTakenOffAndAFrameWithoutItIsMalformed() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[] {0x02}, new byte[] {0x03}, 512);

        assertThat(feed(decoder, (hex("023333303130303236313230303030303030303137" + "03"))))
                .containsExactly(new Frame.Code("33010026120000000017"));
        assertThat(feed(decoder, (hex("3132" + "03")))).singleElement().isInstanceOf(Frame.Malformed.class);
    }

    @Test
    void aCodeSplitAcrossReadsAndTwoCodesInOneReadAreCutAlike() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CRLF, 512);
        List<Frame> frames = new ArrayList<>();

        frames.addAll(feed(decoder, (bytes("ABC\r"))));
        frames.addAll(feed(decoder, (bytes("\nDEF\r\nonetrip-pay:order/P1\r\n"))));

        assertThat(frames).containsExactly(new Frame.Code("ABC"), new Frame.Code("DEF"),
                new Frame.Code("onetrip-pay:order/P1"));
    }

    @Test
    void chineseTextInAQrCodeIsUtf8() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CR, 512);

        assertThat(feed(decoder, (bytes("缴款码 330100\r")))).containsExactly(new Frame.Code("缴款码 330100"));
    }

    @Test
    void aCodeTooLongIsMalformedAndTheNextOneIsReadAgain() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CR, 8);

        List<Frame> frames = feed(decoder, (bytes("0123456789012345678901234567890123456789\rOK\r")));

        assertThat(frames).hasSize(2);
        assertThat(frames.get(0)).isInstanceOf(Frame.Malformed.class);
        assertThat(((Frame.Malformed) frames.get(0)).why()).doesNotContain("0123");
        assertThat(frames.get(1)).isEqualTo(new Frame.Code("OK"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "empty frame, 0d",
            "control character, 41 07 42 0d",
            "not UTF-8, c3 28 0d",
            "lone continuation byte, 80 0d",
            "escape sequence, 1b 5b 41 0d"})
    void malformedFramesAreReportedNeverEchoed(String what, String bytes) {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CR, 512);

        List<Frame> frames = feed(decoder, (hex(bytes.replace(" ", ""))));

        assertThat(frames).as(what).singleElement().isInstanceOf(Frame.Malformed.class);
        assertThat(feed(decoder, (bytes("X1\r")))).containsExactly(new Frame.Code("X1"));
    }

    @Test
    void resetDropsAPartialCode() {
        CodeFrameDecoder decoder = new CodeFrameDecoder(new byte[0], CR, 512);
        feed(decoder, (bytes("1345678")));

        decoder.reset();

        assertThat(feed(decoder, (bytes("99\r")))).containsExactly(new Frame.Code("99"));
    }

    private static List<Frame> feed(CodeFrameDecoder decoder, byte[] bytes) {
        return decoder.feed(bytes, 0, bytes.length);
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

