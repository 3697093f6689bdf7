package org.onetrip.kiosk.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinDictionaryTest {

    private static final PinyinDictionary DICTIONARY = PinyinDictionary.standard();

    @Test
    void everyCommonCharacterOfGb2312LevelOneIsReachableBySomeSyllable() {
        Set<String> reachable = new HashSet<>();
        for (String syllable : DICTIONARY.syllables()) {
            reachable.addAll(DICTIONARY.candidates(syllable));
        }
        List<String> levelOne = gb2312(0xB0, 0xD7);
        assertThat(levelOne).hasSize(3755);
        assertThat(reachable).containsAll(levelOne);
    }

    @Test
    void aWholeSyllableOffersItsCharactersWithTheCommonSurnameFirst() {
        assertThat(DICTIONARY.candidates("zhang").subList(0, 3)).contains("张");
        assertThat(DICTIONARY.candidates("wang").get(0)).isEqualTo("王");
        assertThat(DICTIONARY.candidates("wei")).contains("伟", "为", "魏");
        assertThat(DICTIONARY.lookup("zhang").consumed()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({"shan,单", "zeng,曾", "xie,解", "ou,区", "qiu,仇", "piao,朴", "zha,查", "ge,盖", "yue,乐",
            "yu,尉", "xia,厦", "lv,吕", "nv,女", "lve,略"})
    void surnamesPlacesAndUmlautReadingsAreThere(String syllable, String character) {
        assertThat(DICTIONARY.candidates(syllable)).contains(character);
    }

    @Test
    void aPolyphonicCharacterIsOfferedUnderEachReading() {
        assertThat(DICTIONARY.candidates("dan")).contains("单");
        assertThat(DICTIONARY.candidates("shan")).contains("单");
        assertThat(DICTIONARY.candidates("shan").indexOf("单"))
                .as("the surname 单 comes before the rarer characters of shan")
                .isLessThan(DICTIONARY.candidates("shan").indexOf("汕"));
    }

    @Test
    void theStartOfASyllableOffersTheCharactersOfEverySyllableThatBeginsSo() {
        Candidates started = DICTIONARY.lookup("zh");
        assertThat(started.reading()).isEqualTo("zh");
        assertThat(started.characters()).contains("张", "中", "周", "赵", "郑");
        assertThat(started.characters().subList(0, 30)).contains("张", "周", "赵", "郑");
        assertThat(DICTIONARY.consumed("zh", "张")).isEqualTo(2);
    }

    @Test
    void lettersPastAWholeSyllableAreLeftForTheNextCharacter() {
        Candidates first = DICTIONARY.lookup("zhangwei");
        assertThat(first.reading()).isEqualTo("zhang");
        assertThat(first.characters()).isEqualTo(DICTIONARY.candidates("zhang"));
        assertThat(DICTIONARY.consumed("zhangwei", "张")).isEqualTo(5);
        assertThat(DICTIONARY.lookup("wei").characters()).contains("伟");
        assertThat(DICTIONARY.lookup("beijing").reading()).as("the longest leading syllable").isEqualTo("bei");
        assertThat(DICTIONARY.lookup("xiangang").reading()).isEqualTo("xiang");
    }

    @Test
    void lettersThatBeginNoSyllableGetNoCandidates() {
        assertThat(DICTIONARY.lookup("").isEmpty()).isTrue();
        assertThat(DICTIONARY.lookup("v").isEmpty()).isTrue();
        assertThat(DICTIONARY.lookup("i").consumed()).isZero();
        assertThat(DICTIONARY.lookup("shx").reading()).isEqualTo("sh");
    }

    @Test
    void aChosenCharacterThatWasNotOfferedIsRefused() {
        assertThatThrownBy(() -> DICTIONARY.consumed("zhang", "伟"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("伟").hasMessageContaining("zhang");
    }

    @ParameterizedTest
    @CsvSource({"Zhang", "zhang wei", "张", "zh1"})
    void lettersOtherThanLowerCaseAToZAreRefused(String letters) {
        assertThatThrownBy(() -> DICTIONARY.lookup(letters))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(letters);
    }

    @Test
    void candidatesCannotBeChangedByTheirReceiver() {
        assertThatThrownBy(() -> DICTIONARY.candidates("zhang").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DICTIONARY.candidates("zhang")).contains("张");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "missing-characters.txt|line 3: expected a syllable, a space and its characters",
            "upper-case-syllable.txt|line 2: syllable 'Zhang' is not 1 to 6 letters a-z",
            "latin-character.txt|line 3: 'a' (U+61) is not a Chinese character",
            "twice.txt|line 2: syllable 'zhang' is listed twice"})
    void aMalformedTableNamesTheResourceAndTheLine(String file, String problem) {
        String resource = "/org/onetrip/kiosk/input/" + file;
        assertThatThrownBy(() -> PinyinDictionary.fromResource(resource))
                .isInstanceOf(PinyinTableException.class)
                .hasMessage("pinyin table " + resource + " " + problem);
    }

    @Test
    void aMissingTableIsNamed() {
        assertThatThrownBy(() -> PinyinDictionary.fromResource("/org/onetrip/kiosk/input/absent.txt"))
                .isInstanceOf(PinyinTableException.class)
                .hasMessageContaining("/org/onetrip/kiosk/input/absent.txt");
    }

    private static List<String> gb2312(int fromRow, int toRow) {
        Charset gb2312 = Charset.forName("GB2312");
        List<String> characters = new ArrayList<>();
        for (int row = fromRow; row <= toRow; row++) {
            for (int cell = 0xA1; cell <= 0xFE; cell++) {
                String decoded = new String(new byte[] {(byte) row, (byte) cell}, gb2312);
                if (decoded.codePointCount(0, decoded.length()) == 1 && Character.isIdeographic(decoded.codePointAt(0))) {
                    characters.add(decoded);
                }
            }
        }
        return characters;
    }
}
