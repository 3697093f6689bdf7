package org.onetrip.devices.idcard.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.PhotoFormat;
import org.onetrip.devices.idcard.Sex;
import org.onetrip.devices.idcard.sim.IdentityDeck;

class ResidentIdTextBlockTest {
    private static final IdentityDeck DECK = IdentityDeck.standard();

    static Stream<String> everyTestIdentity() {
        return DECK.keys().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("everyTestIdentity")
    void everyTestIdentityRoundTripsThroughTheTextBlock(String key) {
        IdentityRecord card = DECK.card(key);
        byte[] block = ResidentIdTextBlock.encode(card);

        IdentityRecord decoded = ResidentIdTextBlock.decode(block, card.photo().bytes());

        assertThat(block).hasSize(256);
        assertThat(decoded.name()).isEqualTo(card.name());
        assertThat(decoded.sex()).isEqualTo(card.sex());
        assertThat(decoded.nation()).isEqualTo(card.nation());
        assertThat(decoded.birthDate()).isEqualTo(card.birthDate());
        assertThat(decoded.address()).isEqualTo(card.address());
        assertThat(decoded.idNumber()).isEqualTo(card.idNumber());
        assertThat(decoded.authority()).isEqualTo(card.authority());
        assertThat(decoded.validity()).isEqualTo(card.validity());
        assertThat(decoded.photo().format()).isEqualTo(PhotoFormat.WLT);
        assertThat(decoded.photo().bytes()).isEqualTo(card.photo().bytes());
    }

    @Test
    void decodesAHandWrittenBlockAtTheDocumentedOffsets() {
        byte[] block = new byte[256];
        java.util.Arrays.fill(block, (byte) 0);
        for (int i = 0; i < 256; i += 2) {
            block[i] = 0x20;
        }
        put(block, 0, "刘䶮");
        put(block, 30, "1");
        put(block, 32, "01");
        put(block, 36, "19660930");
        put(block, 52, "广东省广州市荔湾区中山七路50号");
        put(block, 122, "440103196609300155");
        put(block, 158, "广州市公安局荔湾分局");
        put(block, 188, "20121120");
        put(block, 204, "20321120");

        IdentityRecord id = ResidentIdTextBlock.decode(block, new byte[1024]);

        assertThat(id.name()).isEqualTo("刘䶮").contains("\u4DAE");
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.nation().name()).isEqualTo("汉");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1966, 9, 30));
        assertThat(id.validity().until()).contains(LocalDate.of(2032, 11, 20));
    }

    @Test
    void longTermValidityIsWrittenAsChangQi() {
        byte[] block = ResidentIdTextBlock.encode(DECK.card("li-xiuying"));

        String validTo = new String(block, 204, 16, StandardCharsets.UTF_16LE);

        assertThat(validTo).startsWith("长期");
        assertThat(ResidentIdTextBlock.decode(block, new byte[0]).validity().isLongTerm()).isTrue();
    }

    @Test
    void ethnicGroupsOtherThanHanAreNamed() {
        assertThat(ResidentIdTextBlock.decode(ResidentIdTextBlock.encode(DECK.card("ouyang-mingyuan")), new byte[0]).nation().name())
                .isEqualTo("满");
    }

    @Test
    void badFieldsAreRejectedByNameWithoutTheirContent() {
        byte[] block = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(block, 32, "66");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(block, new byte[0]))
                .isInstanceOf(SamFrameException.class).hasMessageContaining("nation code");

        byte[] badDate = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(badDate, 36, "19850231");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(badDate, new byte[0]))
                .hasMessageContaining("birth date is not a real date").hasMessageNotContaining("张伟");

        byte[] badSex = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(badSex, 30, "7");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(badSex, new byte[0]))
                .hasMessageEndingWith("sex code is not one of 0, 1, 2, 9 (1 character: a digit)");

        assertThatThrownBy(() -> ResidentIdTextBlock.decode(new byte[255], new byte[0])).hasMessageContaining("255 bytes");
    }

    @ParameterizedTest(name = "sex code {0}")
    @CsvSource({"匙, a letter, U+5319", "M, a letter, U+004D", "'#', 'a mark, symbol or punctuation', U+0023"})
    void aBadSexCodeIsDescribedNeverRepeated(String code, String kind, String codePoint) {
        byte[] block = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(block, 30, code);

        assertThatThrownBy(() -> ResidentIdTextBlock.decode(block, new byte[0])).isInstanceOf(SamFrameException.class)
                .hasMessage("the data block does not have the layout of its command: "
                        + "sex code is not one of 0, 1, 2, 9 (1 character: " + kind + ")")
                .hasMessageNotContaining(code).hasMessageNotContaining(codePoint);
    }

    @Test
    void controlCharactersAndBrokenTextAreRefusedByFieldAndPositionWithoutTheText() {
        byte[] bell = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(bell, 0, "张\u0007伟");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(bell, new byte[0])).isInstanceOf(SamFrameException.class)
                .hasMessageEndingWith("name holds a control character (U+0007) at position 2");

        byte[] c1 = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(c1, 52, "北京市\u0085东城区");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(c1, new byte[0]))
                .hasMessageEndingWith("address holds a control character (U+0085) at position 4").hasMessageNotContaining("北京");

        byte[] nul = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(nul, 158, "北\u0000京市公安局");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(nul, new byte[0]))
                .hasMessageEndingWith("authority holds a control character (U+0000) at position 2");

        byte[] lone = ResidentIdTextBlock.encode(DECK.card("zhang-wei"));
        put(lone, 0, "刘\uD869");
        assertThatThrownBy(() -> ResidentIdTextBlock.decode(lone, new byte[0])).hasMessageContaining("name")
                .hasMessageNotContaining("刘");
    }

    private static void put(byte[] block, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }
}
