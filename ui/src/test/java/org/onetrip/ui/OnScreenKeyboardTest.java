package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.input.PinyinDictionary;
import org.onetrip.kiosk.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing on the kiosk's on-screen keyboard as a citizen does, tap by tap. */
@ExtendWith(ApplicationExtension.class)
class OnScreenKeyboardTest {

    private static final PinyinDictionary DICTIONARY = PinyinDictionary.standard();

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ZH_CN);
    private final StringProperty field = new SimpleStringProperty("");
    private OnScreenKeyboard keyboard;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage primary) {
        keyboard = new OnScreenKeyboard(new Messages(language), DICTIONARY);
        Label shown = new Label();
        shown.textProperty().bind(field);
        shown.getStyleClass().add("search-query");
        VBox root = new VBox(24, shown, keyboard);
        root.setStyle("-fx-padding: 24px; -fx-alignment: top-center;");
        scene = new Scene(root, 1080, 1000);
        scene.getStylesheets().add(getClass().getResource(KioskWindow.STYLESHEET).toExternalForm());
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
    }

    @Test
    void aNameIsTypedByPinyinOneCharacterAtATime(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhang");
        assertThat(text(robot, "#composition")).isEqualTo("zhang");
        assertThat(candidateTexts(robot)).contains("张");
        choose(robot, "张");
        assertThat(field.get()).isEqualTo("张");
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(candidateTexts(robot)).isEmpty();

        tap(robot, "wei");
        choose(robot, "伟");
        assertThat(field.get()).isEqualTo("张伟");
    }

    @Test
    void lettersOfSeveralSyllablesStayComposingUntilEachIsChosen(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhangwei");
        choose(robot, "张");
        assertThat(text(robot, "#composition")).as("the letters 张 did not use").isEqualTo("wei");
        choose(robot, "伟");
        assertThat(field.get()).isEqualTo("张伟");
        assertThat(text(robot, "#composition")).isEmpty();
    }

    @Test
    void anAddressMixesChineseAndDigitsBySwitchingLayouts(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "jingshanqianjie");
        choose(robot, "景");
        choose(robot, "山");
        choose(robot, "前");
        choose(robot, "街");
        robot.clickOn("#key-layout-digits");
        assertThat(robot.lookup("#key-a").tryQuery()).isEmpty();
        robot.clickOn("#key-4");
        new Screenshots(robot).save(scene, "keyboard-digits-in-a-text-field-zh_cn");
        robot.clickOn("#key-layout-pinyin");
        tap(robot, "hao");
        choose(robot, "号");
        assertThat(field.get()).isEqualTo("景山前街4号");
    }

    @Test
    void aPhoneNumberIsTypedOnDigitsWithNothingElseToPress(FxRobot robot) {
        attach(robot, field, KeyboardLayout.DIGITS);
        assertThat(robot.lookup("#key-layout-pinyin").tryQuery()).as("a number field offers no letters").isEmpty();
        assertThat(robot.lookup("#key-x").tryQuery()).isEmpty();
        assertThat(robot.lookup("#candidates").queryAs(Node.class).isVisible()).isFalse();
        tap(robot, "13800138000");
        assertThat(field.get()).isEqualTo("13800138000");
    }

    @Test
    void anIdNumberEndsInX(FxRobot robot) {
        attach(robot, field, KeyboardLayout.ID_NUMBER);
        tap(robot, "11010519491231002");
        robot.clickOn("#key-x");
        assertThat(field.get()).isEqualTo("11010519491231002X");
        assertThat(robot.lookup("#key-dash").tryQuery()).isEmpty();
    }

    @Test
    void aDateHasItsDashes(FxRobot robot) {
        attach(robot, field, KeyboardLayout.DATE);
        tap(robot, "1985");
        robot.clickOn("#key-dash");
        tap(robot, "03");
        robot.clickOn("#key-dash");
        tap(robot, "12");
        assertThat(field.get()).isEqualTo("1985-03-12");
    }

    @Test
    void anEmailAddressHasItsSigns(FxRobot robot) {
        attach(robot, field, KeyboardLayout.EMAIL);
        tap(robot, "zhang");
        robot.clickOn("#key-underscore");
        tap(robot, "wei85");
        robot.clickOn("#key-at");
        tap(robot, "mail");
        robot.clickOn("#key-dash");
        tap(robot, "gov");
        robot.clickOn("#key-dot");
        tap(robot, "cn");
        assertThat(field.get()).isEqualTo("zhang_wei85@mail-gov.cn");
    }

    @Test
    void latinLettersTakeACapitalAfterShiftAndASpace(FxRobot robot) {
        attach(robot, field, KeyboardLayout.LATIN);
        robot.clickOn("#key-shift");
        assertThat(text(robot, "#key-z")).isEqualTo("Z");
        assertThat(shiftShownOn(robot)).isTrue();
        tap(robot, "zhang");
        assertThat(text(robot, "#key-z")).as("shift lasts one letter").isEqualTo("z");
        assertThat(shiftShownOn(robot)).isFalse();
        robot.clickOn("#key-space");
        robot.clickOn("#key-shift");
        tap(robot, "wei");
        assertThat(field.get()).isEqualTo("Zhang Wei");
    }

    @Test
    void backspaceTakesAComposingLetterFirstThenTheText(FxRobot robot) {
        robot.interact(() -> field.set("张伟"));
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhan");
        robot.clickOn("#key-backspace");
        assertThat(text(robot, "#composition")).isEqualTo("zha");
        assertThat(candidateTexts(robot)).as("candidates follow the letters").contains("查").doesNotContain("张");
        tap(robot, "");
        robot.clickOn("#key-backspace").clickOn("#key-backspace").clickOn("#key-backspace");
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(field.get()).as("no letter was left, so nothing of the text went").isEqualTo("张伟");
        robot.clickOn("#key-backspace");
        assertThat(field.get()).isEqualTo("张");
        robot.clickOn("#key-backspace").clickOn("#key-backspace");
        assertThat(field.get()).as("backspace on an empty text does nothing").isEmpty();
    }

    @Test
    void backspaceRemovesAWholeCharacterBeyondTheBasicPlane(FxRobot robot) {
        robot.interact(() -> field.set("刘\uD840\uDC00"));
        attach(robot, field, KeyboardLayout.DIGITS);
        robot.clickOn("#key-backspace");
        assertThat(field.get()).isEqualTo("刘");
    }

    @Test
    void clearEmptiesBothTheLettersAndTheText(FxRobot robot) {
        robot.interact(() -> field.set("张伟"));
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "li");
        robot.clickOn("#key-clear");
        assertThat(field.get()).isEmpty();
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(candidateTexts(robot)).isEmpty();
    }

    @Test
    void moreCandidatesThanFitArePagedForwardAndBack(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "yi");
        List<String> all = DICTIONARY.candidates("yi");
        assertThat(candidateTexts(robot)).isEqualTo(all.subList(0, OnScreenKeyboard.CANDIDATES_PER_PAGE));
        assertThat(robot.lookup("#candidates-back").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#candidates-more");
        assertThat(candidateTexts(robot)).isEqualTo(all.subList(6, 12));
        assertThat(robot.lookup("#candidates-back").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#candidates-back");
        assertThat(candidateTexts(robot)).isEqualTo(all.subList(0, 6));
        robot.clickOn("#candidates-more").clickOn("#candidates-more");
        robot.clickOn("#candidate-1");
        assertThat(field.get()).isEqualTo(all.get(13));

        tap(robot, "nv");
        assertThat(candidateTexts(robot)).isEqualTo(DICTIONARY.candidates("nv"));
        assertThat(robot.lookup("#candidates-more").tryQuery()).as("one page needs no paging").isEmpty();
    }

    @Test
    void theLastPageCannotBeTurnedFurther(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "pao");
        int size = DICTIONARY.candidates("pao").size();
        int pages = (size + 5) / 6;
        for (int turn = 1; turn < pages; turn++) {
            robot.clickOn("#candidates-more");
        }
        assertThat(robot.lookup("#candidates-more").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(candidateTexts(robot)).hasSize(size - (pages - 1) * 6);
    }

    @Test
    void spaceTakesTheFirstCandidateWhileComposing(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "wang");
        robot.clickOn("#key-space");
        assertThat(field.get()).isEqualTo(DICTIONARY.candidates("wang").get(0));
        robot.clickOn("#key-space");
        assertThat(field.get()).isEqualTo(DICTIONARY.candidates("wang").get(0) + " ");
    }

    @Test
    void lettersStillComposingAreKeptAsTypedWhenTheCitizenMovesOn(FxRobot robot) {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "v");
        assertThat(candidateTexts(robot)).as("v begins no syllable").isEmpty();
        robot.clickOn("#key-layout-latin");
        assertThat(field.get()).isEqualTo("v");
        assertThat(keyboard.layoutProperty().get()).isEqualTo(KeyboardLayout.LATIN);

        StringProperty other = new SimpleStringProperty("");
        robot.clickOn("#key-layout-pinyin");
        tap(robot, "li");
        attach(robot, other, KeyboardLayout.DIGITS);
        assertThat(field.get()).isEqualTo("vli");
        robot.clickOn("#key-7");
        assertThat(other.get()).isEqualTo("7");
        assertThat(field.get()).isEqualTo("vli");
    }

    @Test
    void afterDetachTheKeysEditNothing(FxRobot robot) {
        attach(robot, field, KeyboardLayout.DIGITS);
        robot.clickOn("#key-1");
        robot.interact(keyboard::detach);
        assertThat(keyboard.isDisabled()).isTrue();
        robot.clickOn("#key-2");
        assertThat(field.get()).isEqualTo("1");
    }

    @Test
    void aBoundTextIsRefused(FxRobot robot) {
        StringProperty bound = new SimpleStringProperty();
        bound.bind(field);
        assertThatThrownBy(() -> keyboard.attach(bound, KeyboardLayout.LATIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bound");
    }

    @Test
    void everyLayoutFitsThePortraitScreenWithLargeTouchTargetsInBothLanguagesAndSizes(FxRobot robot) {
        Screenshots screenshots = new Screenshots(robot);
        for (boolean large : new boolean[] {false, true}) {
            robot.interact(() -> scene.getRoot().pseudoClassStateChanged(ShellView.LARGE_TEXT, large));
            for (Language each : Language.values()) {
                robot.interact(() -> language.set(each));
                for (KeyboardLayout layout : KeyboardLayout.values()) {
                    robot.interact(() -> field.set(""));
                    attach(robot, field, layout);
                    if (layout == KeyboardLayout.PINYIN) {
                        tap(robot, "zhang");
                    }
                    assertFitsWithLargeKeys(robot, layout + " " + each + (large ? " large" : ""));
                    screenshots.save(scene, "keyboard-" + layout.name().toLowerCase() + "-"
                            + each.name().toLowerCase() + (large ? "-large" : ""));
                    robot.interact(() -> robot.lookup("#key-clear").queryButton().fire());
                }
            }
        }
        robot.interact(() -> {
            scene.getRoot().pseudoClassStateChanged(ShellView.LARGE_TEXT, false);
            scene.getRoot().pseudoClassStateChanged(ShellView.HIGH_CONTRAST, true);
            language.set(Language.ZH_CN);
        });
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "yi");
        screenshots.save(scene, "keyboard-pinyin-zh_cn-high-contrast");
    }

    private void assertFitsWithLargeKeys(FxRobot robot, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds board = keyboard.localToScene(keyboard.getBoundsInLocal());
        assertThat(board.getMinX()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(board.getMaxX()).as(what).isLessThanOrEqualTo(1080);
        List<Button> keys = List.copyOf(robot.lookup(".keyboard-key").queryAllAs(Button.class));
        assertThat(keys).as(what).hasSizeGreaterThan(10);
        for (Button key : keys) {
            Bounds bounds = key.localToScene(key.getBoundsInLocal());
            assertThat(bounds.getWidth()).as(what + " " + key.getId()).isGreaterThanOrEqualTo(90);
            assertThat(bounds.getHeight()).as(what + " " + key.getId()).isGreaterThanOrEqualTo(90);
            assertThat(bounds.getMaxX()).as(what + " " + key.getId()).isLessThanOrEqualTo(board.getMaxX());
            assertThat(key.getText()).as(what + " " + key.getId()).isNotEmpty();
        }
    }

    private void attach(FxRobot robot, StringProperty target, KeyboardLayout layout) {
        robot.interact(() -> keyboard.attach(target, layout));
    }

    /**
     * Presses the key of each letter or digit in turn. The keys fire as a tap fires them; the robot's
     * pointer is kept for single taps, since gliding it to every key of a long word costs seconds.
     */
    private static void tap(FxRobot robot, String keys) {
        keys.chars().forEach(key -> {
            Button button = robot.lookup("#key-" + Character.toString(key)).queryButton();
            assertThat(button.isVisible()).as("key " + Character.toString(key) + " is shown").isTrue();
            robot.interact(button::fire);
        });
    }

    /** Taps the candidate showing {@code character}, turning pages until it shows. */
    private static void choose(FxRobot robot, String character) {
        for (int turns = 0; turns < 40; turns++) {
            int index = candidateTexts(robot).indexOf(character);
            if (index >= 0) {
                robot.clickOn("#candidate-" + index);
                return;
            }
            Optional<Button> more = robot.lookup("#candidates-more").tryQueryAs(Button.class);
            assertThat(more).as(character + " is not among the candidates").isPresent();
            assertThat(more.get().isDisabled()).as(character + " is not among the candidates").isFalse();
            robot.clickOn(more.get());
        }
        throw new AssertionError(character + " not found in 40 pages");
    }

    private static List<String> candidateTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".keyboard-candidate").queryAllAs(Button.class).stream()
                .sorted(java.util.Comparator.comparing(Button::getId, java.util.Comparator.comparingInt(
                        id -> Integer.parseInt(id.substring("candidate-".length())))))
                .map(Button::getText).toList();
    }

    private static boolean shiftShownOn(FxRobot robot) {
        return robot.lookup("#key-shift").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("selected"));
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryLabeled().getText();
    }
}
