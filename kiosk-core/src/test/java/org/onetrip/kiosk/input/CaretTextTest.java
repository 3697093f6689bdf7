package org.onetrip.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaretTextTest {

    private static final String BIANG = new String(Character.toChars(0x30EDE));

    @Test
    void typingGoesInAtTheCaretAndBackspaceDeletesBeforeIt() {
        CaretText text = CaretText.atEnd("广州").left().insert("东");
        assertThat(text).isEqualTo(new CaretText("广东州", 2));
        assertThat(text.deleteBefore()).isEqualTo(new CaretText("广州", 1));
        assertThat(text.moveTo(0).deleteBefore()).as("nothing before the start").isEqualTo(new CaretText("广东州", 0));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsOneStep() {
        CaretText text = CaretText.atEnd("刘" + BIANG + "面");
        assertThat(text.left().left()).isEqualTo(new CaretText(text.text(), 1));
        assertThat(text.left().deleteBefore()).isEqualTo(new CaretText("刘面", 1));
        assertThat(text.moveTo(2)).as("never inside a pair").isEqualTo(new CaretText(text.text(), 1));
        assertThat(text.moveTo(0).right()).isEqualTo(new CaretText(text.text(), 1));
        assertThat(text.moveTo(1).right()).isEqualTo(new CaretText(text.text(), 3));
    }

    @Test
    void theCaretStaysInsideTheText() {
        CaretText text = CaretText.atEnd("ab");
        assertThat(text.right()).isEqualTo(text);
        assertThat(text.moveTo(99).caret()).isEqualTo(2);
        assertThat(text.moveTo(-4).left().caret()).isZero();
        assertThat(CaretText.atEnd(null)).isEqualTo(new CaretText("", 0));
        assertThatThrownBy(() -> new CaretText("ab", 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
