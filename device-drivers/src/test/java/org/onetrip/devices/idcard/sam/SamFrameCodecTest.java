package org.onetrip.devices.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SamFrameCodecTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    // golden bytes: the checksum is the XOR of the length bytes and the body, computed by hand:
    // 00^03^20^01 = 22, 00^03^20^02 = 21, 00^03^30^01 = 32, 00^03^10^FF = EC, 00^03^12^FF = EE
    @ParameterizedTest
    @MethodSource("goldenRequests")
    void encodesRequestsAsTheProtocolDescribes(SamCommand command, String frame) {
        assertThat(SamFrameCodec.hex(SamFrameCodec.encodeRequest(SamRequest.of(command)))).isEqualTo(frame);
    }

    static Stream<Arguments> goldenRequests() {
        return Stream.of(
                Arguments.of(SamCommand.FIND_CARD, "AA AA AA 96 69 00 03 20 01 22"),
                Arguments.of(SamCommand.SELECT_CARD, "AA AA AA 96 69 00 03 20 02 21"),
                Arguments.of(SamCommand.READ_BASE_INFO, "AA AA AA 96 69 00 03 30 01 32"),
                Arguments.of(SamCommand.RESET_SAM, "AA AA AA 96 69 00 03 10 FF EC"),
                Arguments.of(SamCommand.SAM_STATUS, "AA AA AA 96 69 00 03 11 FF ED"),
                Arguments.of(SamCommand.READ_SAM_ID, "AA AA AA 96 69 00 03 12 FF EE"));
    }

    @Test
    void decodesThePublishedFindCardReply() {
        // specimen: a reader's answer to find card, 00^08^00^00^9F^00^00^00^00 = 97
        SamReply reply = SamFrameCodec.decodeReply(hex("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"));

        assertThat(reply.samStatus()).isEqualTo(SamStatus.CARD_FOUND);
        assertThat(reply.data()).hasSize(4);
    }

    @Test
    void decodesThePublishedSelectCardReply() {
        SamReply reply = SamFrameCodec.decodeReply(hex("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C"));

        assertThat(reply.samStatus()).isEqualTo(SamStatus.OK);
        assertThat(reply.data()).hasSize(8);
    }

    @Test
    void baseInformationReplyHasTheDocumentedLayout() {
        byte[] data = new byte[4 + 256 + 1024];
        data[0] = 0x01;
        data[2] = 0x04;
        byte[] frame = SamFrameCodec.encodeReply(SamReply.of(SamStatus.OK, data));

        assertThat(frame).hasSize(1295);
        assertThat(SamFrameCodec.hex(java.util.Arrays.copyOf(frame, 14))).isEqualTo("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
        assertThat(frame[1294] & 0xFF).isEqualTo(0x05 ^ 0x08 ^ 0x90 ^ 0x01 ^ 0x04);
    }

    @Test
    void roundTripsRequestsAndReplies() {
        SamRequest request = new SamRequest(0x61, 0xFF, new byte[] {0x50});
        SamRequest decodedRequest = SamFrameCodec.decodeRequest(SamFrameCodec.encodeRequest(request));
        assertThat(decodedRequest.command()).isEqualTo(0x61);
        assertThat(decodedRequest.parameter()).isEqualTo(0xFF);
        assertThat(decodedRequest.data()).containsExactly(0x50);
        assertThat(SamFrameCodec.hex(SamFrameCodec.encodeRequest(request))).isEqualTo("AA AA AA 96 69 00 04 61 FF 50 CA");

        for (SamStatus status : SamStatus.values()) {
            if (status == SamStatus.UNRECOGNISED) {
                continue;
            }
            byte[] data = {1, 2, 3, (byte) status.code()};
            SamReply reply = SamFrameCodec.decodeReply(SamFrameCodec.encodeReply(new SamReply(0x12, 0x34, status.code(), data)));
            assertThat(reply.samStatus()).isEqualTo(status);
            assertThat(reply.sw1()).isEqualTo(0x12);
            assertThat(reply.sw2()).isEqualTo(0x34);
            assertThat(reply.data()).isEqualTo(data);
        }
    }

    @Test
    void unknownStatusCodesAreNamedUnrecognised() {
        SamReply reply = SamFrameCodec.decodeReply(SamFrameCodec.encodeReply(new SamReply(0, 0, 0x77, new byte[0])));
        assertThat(reply.samStatus()).isEqualTo(SamStatus.UNRECOGNISED);
        assertThat(reply.status()).isEqualTo(0x77);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedReplies")
    void rejectsMalformedFramesWithTheirFault(String name, String frame, FrameFault fault) {
        assertThatThrownBy(() -> SamFrameCodec.decodeReply(hex(frame)))
                .isInstanceOf(SamFrameException.class)
                .satisfies(e -> assertThat(((SamFrameException) e).fault()).isEqualTo(fault));
    }

    static Stream<Arguments> malformedReplies() {
        return Stream.of(
                Arguments.of("empty", "", FrameFault.TRUNCATED),
                Arguments.of("preamble only", "AA AA AA 96 69", FrameFault.TRUNCATED),
                Arguments.of("wrong preamble", "AA AA AB 96 69 00 04 00 00 90 94", FrameFault.NO_PREAMBLE),
                Arguments.of("length too small for a reply", "AA AA AA 96 69 00 02 00 02", FrameFault.BAD_LENGTH),
                Arguments.of("length beyond the protocol", "AA AA AA 96 69 FF FF 00 00 90 00", FrameFault.BAD_LENGTH),
                Arguments.of("truncated body", "AA AA AA 96 69 00 08 00 00 9F 00 00", FrameFault.TRUNCATED),
                Arguments.of("bytes after the checksum", "AA AA AA 96 69 00 04 00 00 90 94 00", FrameFault.TOO_LONG),
                Arguments.of("bad checksum", "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 98", FrameFault.BAD_CHECKSUM),
                Arguments.of("flipped status bit", "AA AA AA 96 69 00 04 00 00 91 94", FrameFault.BAD_CHECKSUM));
    }

    @Test
    void badChecksumMessageShowsBothValuesAndTheBytes() {
        assertThatThrownBy(() -> SamFrameCodec.decodeReply(hex("AA AA AA 96 69 00 04 00 00 90 95")))
                .hasMessageContaining("expected 94, got 95")
                .hasMessageContaining("AA AA AA 96 69 00 04 00 00 90 95");
    }

    @Test
    void assemblerResynchronisesAfterGarbageAndSplitsJoinedFrames() {
        SamFrameAssembler assembler = new SamFrameAssembler();
        byte[] one = SamFrameCodec.encodeReply(SamReply.of(SamStatus.NO_CARD, new byte[0]));
        byte[] two = SamFrameCodec.encodeReply(SamReply.of(SamStatus.CARD_FOUND, new byte[4]));
        byte[] garbage = hex("00 13 AA AA 96 69 AA 7F");
        byte[] stream = new byte[garbage.length + one.length + two.length];
        System.arraycopy(garbage, 0, stream, 0, garbage.length);
        System.arraycopy(one, 0, stream, garbage.length, one.length);
        System.arraycopy(two, 0, stream, garbage.length + one.length, two.length);

        // fed one byte at a time, as a slow line delivers it
        java.util.List<SamReply> replies = new java.util.ArrayList<>();
        for (byte b : stream) {
            assembler.feed(new byte[] {b}, 0, 1);
            Optional<byte[]> frame;
            while ((frame = assembler.nextFrame()).isPresent()) {
                replies.add(SamFrameCodec.decodeReply(frame.get()));
            }
        }

        assertThat(replies).extracting(SamReply::samStatus).containsExactly(SamStatus.NO_CARD, SamStatus.CARD_FOUND);
        assertThat(assembler.skippedBytes()).isEqualTo(garbage.length);
    }

    @Test
    void assemblerWaitsForATruncatedFrameAndSaysHowLongItShouldBe() {
        SamFrameAssembler assembler = new SamFrameAssembler();
        byte[] frame = SamFrameCodec.encodeReply(SamReply.of(SamStatus.OK, new byte[1284]));
        assembler.feed(frame, 0, 600);

        assertThat(assembler.nextFrame()).isEmpty();
        assertThat(assembler.pendingBytes()).isEqualTo(600);
        assertThat(assembler.expectedFrameLength()).isEqualTo(1295);
    }

    @ParameterizedTest
    @EnumSource(SamCommand.class)
    void everyCommandIsFoundByItsBytes(SamCommand command) {
        assertThat(SamCommand.of(command.code(), command.parameter())).contains(command);
    }

    @Test
    void formatsTheSamIdentity() {
        assertThat(SamId.format(SamId.encode(5, 1, 20260101, 1234, 123456789))).isEqualTo("05.01-20260101-000001234-123456789");
        assertThatThrownBy(() -> SamId.format(new byte[3])).isInstanceOf(SamFrameException.class);
    }
}
