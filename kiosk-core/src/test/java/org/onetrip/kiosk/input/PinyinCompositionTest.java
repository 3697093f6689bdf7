package org.onetrip.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pinyin typed as a citizen types it, against the real Rime engine and Unihan readings. */
@ExtendWith(InputEngines.Resolver.class)
class PinyinCompositionTest {

    private PinyinComposition composition;

    @BeforeEach
    void open(InputEngines engines) {
        composition = new PinyinComposition(engines.rime);
    }

    @AfterEach
    void close() {
        composition.close();
    }

    @Test
    void theCommonCharacterComesOnTheFirstPageByFrequency() {
        PinyinView view = type("shi");
        assertThat(view.composing()).isEqualTo("shi");
        assertThat(view.candidates().subList(0, 6)).as("市 on the first page of six").contains("市");
        assertThat(view.candidates().get(0)).isEqualTo("是");
    }

    @Test
    void aWholePhraseIsOneCandidateAndOneTap() {
        PinyinView view = type("guangzhoushi");
        assertThat(view.candidates().get(0)).isEqualTo("广州市");
        PinyinView chosen = composition.choose(0).join();
        assertThat(chosen.committed()).isEqualTo("广州市");
        assertThat(chosen.isComposing()).isFalse();
        assertThat(chosen.candidates()).isEmpty();
    }

    @Test
    void aChoiceForTheFirstSyllablesKeepsTheRestComposing() {
        PinyinView view = type("guangzhoushi");
        PinyinView after = composition.choose(view.candidates().indexOf("广州")).join();
        assertThat(after.committed()).as("nothing goes to the text until all is chosen").isEmpty();
        assertThat(after.composing()).isEqualTo("广州shi");
        assertThat(after.candidates().subList(0, 6)).contains("市");
        PinyinView done = composition.choose(after.candidates().indexOf("市")).join();
        assertThat(done.committed()).isEqualTo("广州市");
    }

    @Test
    void leavingTheFieldKeepsWhatWasChosenAndDropsTheLetters() {
        PinyinView view = type("guangzhoushi");
        composition.choose(view.candidates().indexOf("广州")).join();
        PinyinView left = composition.finish().join();
        assertThat(left.committed()).as("never 广州shi").isEqualTo("广州");
        assertThat(left.isComposing()).isFalse();

        type("zhang");
        assertThat(composition.finish().join().committed()).as("letters alone are dropped").isEmpty();
        assertThat(composition.type('a').join().composing()).as("the next typing starts afresh").isEqualTo("a");
    }

    @Test
    void aRareCharacterOfAPersonalNameIsOfferedForItsSyllable() {
        PinyinView view = type("yan");
        assertThat(view.candidates()).contains("䶮");
        PinyinView chosen = composition.choose(view.candidates().indexOf("䶮")).join();
        assertThat(chosen.committed()).isEqualTo("䶮");
    }

    @Test
    void charactersOfExtensionGComeFromTheUnihanReadingsAfterTheEngines() {
        PinyinView view = type("biang");
        String biang = new String(Character.toChars(0x30EDE));
        assertThat(view.candidates()).contains(biang);
        PinyinView chosen = composition.choose(view.candidates().indexOf(biang)).join();
        assertThat(chosen.committed()).isEqualTo(biang);
        assertThat(chosen.isComposing()).isFalse();
    }

    @Test
    void aRareCharacterAfterChosenOnesCommitsThemTogether() {
        PinyinView view = type("liuyan");
        PinyinView after = composition.choose(view.candidates().indexOf("刘")).join();
        assertThat(after.composing()).isEqualTo("刘yan");
        PinyinView done = composition.choose(after.candidates().indexOf("䶮")).join();
        assertThat(done.committed()).isEqualTo("刘䶮");
    }

    @Test
    void backspaceTakesALetterAndWithNothingComposingPassesOn() {
        type("zhan");
        PinyinView view = composition.backspace().join();
        assertThat(view.composing()).isEqualTo("zha");
        assertThat(view.passedOn()).isFalse();
        composition.backspace().join();
        composition.backspace().join();
        PinyinView last = composition.backspace().join();
        assertThat(last.isComposing()).isFalse();
        assertThat(last.passedOn()).isFalse();
        assertThat(composition.backspace().join().passedOn()).as("nothing left to take: the text's turn").isTrue();
    }

    @Test
    void spaceTakesTheFirstCandidateOrIsPassedOn() {
        String first = type("wang").candidates().get(0);
        PinyinView view = composition.space().join();
        assertThat(view.committed()).isEqualTo(first);
        assertThat(composition.space().join().passedOn()).isTrue();
    }

    @Test
    void clearDropsEverythingAndAChoiceBeyondTheCandidatesChangesNothing() {
        type("li");
        PinyinView beyond = composition.choose(10_000).join();
        assertThat(beyond.composing()).isEqualTo("li");
        assertThat(beyond.committed()).isEmpty();
        assertThat(composition.clear().join()).isEqualTo(PinyinView.EMPTY);
    }

    private PinyinView type(String letters) {
        PinyinView view = PinyinView.EMPTY;
        for (char letter : letters.toCharArray()) {
            view = composition.type(letter).join();
        }
        return view;
    }
}
