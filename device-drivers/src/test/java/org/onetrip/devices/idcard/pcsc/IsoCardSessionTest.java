package org.onetrip.devices.idcard.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.onetrip.devices.transport.ApduChannel;
import org.onetrip.devices.transport.pcsc.FileSystemCard;

class IsoCardSessionTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    /** Records every APDU sent to a card, in hex. */
    private static final class RecordingChannel implements ApduChannel {
        final List<String> sent = new ArrayList<>();
        final FileSystemCard card;

        RecordingChannel(FileSystemCard card) {
            this.card = card;
        }

        @Override
        public byte[] transmit(byte[] command) {
            sent.add(HEX.formatHex(command));
            return card.transmit(command);
        }

        @Override
        public byte[] atr() {
            return card.atr();
        }

        @Override
        public String protocol() {
            return "T=0";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void followsGetResponseAfterASelectAskingForFci() throws Exception {
        RecordingChannel channel = new RecordingChannel(TestCards.residentCard("zhang-wei"));

        ResponseApdu fci = new IsoCardSession(channel).selectAid(TestCards.ONETRIP_AID, true);

        assertThat(HEX.formatHex(fci.data())).isEqualTo("6F 0A 84 09 F0 4F 4E 45 54 52 49 50 01");
        assertThat(channel.sent).containsExactly("00 A4 04 00 09 F0 4F 4E 45 54 52 49 50 01 00", "00 C0 00 00 0D");
    }

    @Test
    void readsAFileInChunksAndResendsWithTheLengthTheCardAsksFor() throws Exception {
        byte[] content = new byte[600];
        new java.util.Random(1).nextBytes(content);
        RecordingChannel channel = new RecordingChannel(new FileSystemCard(TestCards.ATR).withFile(HEX.parseHex("3F 00 50 01"), content));
        IsoCardSession session = new IsoCardSession(channel);

        session.selectPath(HEX.parseHex("50 01"));
        byte[] read = session.readBinary(255);

        assertThat(read).isEqualTo(content);
        assertThat(channel.sent).containsExactly("00 A4 08 0C 02 50 01", "00 B0 00 00 FF", "00 B0 00 FF FF",
                "00 B0 01 FE FF", "00 B0 01 FE 5A");
    }

    @Test
    void aFileOfExactChunksEndsAtOffsetOutsideTheFile() throws Exception {
        byte[] content = new byte[510];
        RecordingChannel channel = new RecordingChannel(new FileSystemCard(TestCards.ATR).withFile(HEX.parseHex("3F 00 50 02"), content));
        IsoCardSession session = new IsoCardSession(channel);
        session.selectPath(HEX.parseHex("50 02"));

        assertThat(session.readBinary(255)).hasSize(510);
        assertThat(channel.sent).last().isEqualTo("00 B0 01 FE FF");
    }

    @Test
    void errorsCarryCommandAndResponseInHex() {
        RecordingChannel channel = new RecordingChannel(new FileSystemCard(TestCards.ATR));

        assertThatThrownBy(() -> new IsoCardSession(channel).selectFileId(0x4031))
                .isInstanceOf(CardCommandException.class)
                .hasMessageContaining("SELECT file 4031 failed: 6A86")
                .hasMessageContaining("command 00 A4 02 0C 02 40 31, response 6A 86");
        assertThatThrownBy(() -> new IsoCardSession(channel).readBinary(255))
                .hasMessageContaining("6986").hasMessageContaining("no current EF");
    }

    @ParameterizedTest
    @CsvSource({
            "9000, OK", "6110, BYTES_REMAINING", "6C5A, WRONG_LE", "6282, END_OF_FILE", "63C2, VERIFY_FAILED",
            "6700, WRONG_LENGTH", "6982, SECURITY_NOT_SATISFIED", "6983, BLOCKED", "6985, CONDITIONS_NOT_SATISFIED",
            "6986, NO_CURRENT_EF", "6A82, FILE_NOT_FOUND", "6A86, WRONG_P1P2", "6B00, OFFSET_OUTSIDE_FILE",
            "6D00, INS_NOT_SUPPORTED", "6E00, CLA_NOT_SUPPORTED", "6F00, UNKNOWN", "9001, UNKNOWN"})
    void mapsEveryStatusWordInOnePlace(String sw, StatusWord expected) {
        assertThat(StatusWord.of(Integer.parseInt(sw, 16))).isEqualTo(expected);
    }

    @Test
    void encodesCommandApdus() {
        assertThat(CommandApdu.selectByPath(HEX.parseHex("3F 00 DF 01 40 31")).hex()).isEqualTo("00 A4 08 0C 06 3F 00 DF 01 40 31");
        assertThat(CommandApdu.selectByAid(BelgianEidProfile.BELPIC_AID, false).hex())
                .isEqualTo("00 A4 04 0C 0C A0 00 00 01 77 50 4B 43 53 2D 31 35");
        assertThat(CommandApdu.readBinary(0x1FE, 256).hex()).isEqualTo("00 B0 01 FE 00");
        assertThatThrownBy(() -> CommandApdu.readBinary(0x8000, 1)).hasMessageContaining("0..32767");
    }
}
