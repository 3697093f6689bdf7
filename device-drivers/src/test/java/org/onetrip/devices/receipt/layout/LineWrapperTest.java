package org.onetrip.devices.receipt.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrapping mixed Chinese and Latin text by printer cells. */
class LineWrapperTest {

    @Test
    void chineseTakesTwoCellsLatinOne() {
        assertThat(DisplayWidth.of("受理 SQ1")).isEqualTo(8);
        assertThat(DisplayWidth.of("，")).isEqualTo(2);
        assertThat(DisplayWidth.of("·")).as("a GB two-byte symbol prints full width").isEqualTo(2);
        assertThat(DisplayWidth.of("䶮")).isEqualTo(2);
    }

    @Test
    void chineseBreaksBetweenAnyTwoCharacters() {
        assertThat(LineWrapper.wrap("一二三四五六七八九十", 8)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void aWideCharacterNeverStraddlesTheEdge() {
        assertThat(LineWrapper.wrap("ab一二三", 5)).containsExactly("ab一", "二三");
    }

    @Test
    void latinWordsMoveWhole() {
        assertThat(LineWrapper.wrap("请保管 Keep this receipt safe", 16)).containsExactly("请保管 Keep this", "receipt safe");
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        assertThat(LineWrapper.wrap("https://zwfw.example.gov.cn/x", 10)).containsExactly("https://zw", "fw.example", ".gov.cn/x");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        assertThat(LineWrapper.wrap("一二三四，五六", 8)).containsExactly("一二三", "四，五六");
    }

    @Test
    void everyLineFits() {
        String text = "经营场所使用证明（租赁合同）Lease contract of the business premises, 2 copies 二份";
        for (int columns : List.of(8, 16, 32, 48)) {
            assertThat(LineWrapper.wrap(text, columns)).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(columns));
            assertThat(String.join("", LineWrapper.wrap(text, columns)).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void twoColumnRowPadsTheValueToTheRightEdge() {
        ReceiptBlock.Columns row = new ReceiptBlock.Columns("申请人 Applicant", "张*", TextStyle.NORMAL);
        assertThat(ReceiptLines.of(row, PaperWidth.MM58)).containsExactly("申请人 Applicant" + " ".repeat(13) + "张*");
        assertThat(DisplayWidth.of(ReceiptLines.of(row, PaperWidth.MM58).get(0))).isEqualTo(32);
    }

    @Test
    void refusesALineTooNarrowForOneCharacter() {
        assertThatThrownBy(() -> LineWrapper.wrap("x", 1)).hasMessage("a line must hold at least 2 cells, was 1");
    }

    @Test
    void styleAndBlockArgumentsAreChecked() {
        assertThatThrownBy(() -> new TextStyle(false, 0, 1, false)).hasMessage("width scale must be 1..8, was 0");
        assertThatThrownBy(() -> new ReceiptBlock.Feed(0)).hasMessage("feed must be 1..255 lines, was 0");
        assertThatThrownBy(() -> new ReceiptBlock.Rule('\n')).hasMessage("a rule is drawn with a printable ASCII character, was U+a");
        assertThatThrownBy(() -> new MonoImage(8, 1, new byte[2])).hasMessage("image of 8x1 dots needs 1 bytes, was 2");
        assertThatThrownBy(() -> ReceiptDocument.builder(PaperWidth.MM58).image(new MonoImage(400, 1, new byte[50]), Alignment.LEFT))
                .hasMessage("image is 400 dots wide; 58 mm paper holds 1..384");
    }
}
