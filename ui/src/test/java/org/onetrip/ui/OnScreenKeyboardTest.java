package org.onetrip.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onetrip.kiosk.input.ChineseInput;
import org.onetrip.kiosk.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Typing on the kiosk's on-screen keyboard as a citizen does, tap by tap, with the real pinyin
 * engine (Rime) and handwriting recogniser (zinnia) behind it.
 */
@ExtendWith(ApplicationExtension.class)
class OnScreenKeyboardTest {

    private static ChineseInput chinese;

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ZH_CN);
    private TextField field;
    private TextField other;
    private String seenByNext;
    private OnScreenKeyboard keyboard;
    private Stage stage;
    private Scene scene;

    @BeforeAll
    static void startEngines() throws Exception {
        chinese = ChineseInput.start(Files.createTempDirectory("onetrip-keyboard-rime"));
        chinese.ready().get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopEngines() {
        chinese.close();
    }

    @Start
    void start(Stage primary) {
        keyboard = new OnScreenKeyboard(new Messages(language), Optional.of(chinese));
        field = new TextField("");
        other = new TextField("");
        field.setId("typed");
        field.getStyleClass().add("form-field");
        other.setId("other");
        other.getStyleClass().add("form-field");
        Button next = new Button("下一步");
        next.setId("next");
        next.setFocusTraversable(false);
        next.setOnAction(event -> seenByNext = field.getText());
        VBox root = new VBox(24, field, other, next, keyboard);
        root.setStyle("-fx-padding: 24px; -fx-alignment: top-center;");
        scene = new Scene(root, 1080, 1200);
        scene.getStylesheets().add(getClass().getResource(KioskWindow.STYLESHEET).toExternalForm());
        stage = new Stage();
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            keyboard.detach();
            stage.hide();
        });
    }

    @Test
    void aNameIsTypedByPinyinOneCharacterAtATime(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhang");
        awaitCandidates(robot, shown -> shown.contains("张"));
        assertThat(text(robot, "#composition")).isEqualTo("zhang");
        choose(robot, "张");
        awaitText(robot, "张");
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(candidateTexts(robot)).isEmpty();

        tap(robot, "wei");
        choose(robot, "伟");
        awaitText(robot, "张伟");
    }

    @Test
    void aPlaceNameIsAWholePhraseAndOneTap(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "guangzhoushi");
        awaitCandidates(robot, shown -> !shown.isEmpty() && shown.get(0).equals("广州市"));
        new Screenshots(robot).save(scene, "keyboard-pinyin-phrase-zh_cn");
        robot.clickOn("#candidate-0");
        awaitText(robot, "广州市");
        assertThat(text(robot, "#composition")).isEmpty();
    }

    @Test
    void leavingTheFieldMidCompositionKeepsTheChosenCharactersAndNeverTheLetters(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "guangzhoushi");
        choose(robot, "广州");
        awaitComposition(robot, "广州shi");
        robot.clickOn("#other");
        awaitText(robot, "广州");
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(candidateTexts(robot)).isEmpty();
    }

    @Test
    void tappingNextMidCompositionPutsOnlyTheChosenCharactersInBeforeItActs(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "guangzhoushi");
        choose(robot, "广州");
        awaitComposition(robot, "广州shi");
        robot.clickOn("#next");
        assertThat(seenByNext).as("下一步 saw the field with 广州 and no letters").isEqualTo("广州");
        assertThat(text(robot, "#composition")).isEmpty();
    }

    @Test
    void aNewScreensKeyboardNeverContinuesLettersAnotherLeftComposing(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhang");
        awaitComposition(robot, "zhang");
        // the session ends: the journey's screen and its keyboard are thrown away as they are
        robot.interact(() -> {
            VBox root = (VBox) scene.getRoot();
            int at = root.getChildren().indexOf(keyboard);
            keyboard = new OnScreenKeyboard(new Messages(language), Optional.of(chinese));
            root.getChildren().set(at, keyboard);
            field.setText("");
        });
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "wei");
        awaitComposition(robot, "wei");
        robot.clickOn("#key-space");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !FxReads.onFx(field::getText).isEmpty());
        assertThat(field.getText()).doesNotContain("张").hasSize(1);
    }

    @Test
    void aRareCharacterOfANameIsTypedByItsPinyin(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "liu");
        choose(robot, "刘");
        tap(robot, "yan");
        awaitCandidates(robot, shown -> !shown.isEmpty());
        choose(robot, "䶮");
        awaitText(robot, "刘䶮");
    }

    @Test
    void theCaretMovesByTouchAndArrowsAndTypingAndDeletingHappenThere(FxRobot robot) throws Exception {
        robot.interact(() -> field.setText("广州"));
        attach(robot, field, KeyboardLayout.PINYIN);
        robot.clickOn("#key-left");
        tap(robot, "dong");
        choose(robot, "东");
        awaitText(robot, "广东州");
        assertThat(caret(robot)).isEqualTo(2);
        robot.clickOn("#key-backspace");
        awaitText(robot, "广州");
        robot.clickOn("#key-right");
        assertThat(caret(robot)).isEqualTo(2);

        Bounds box = FxReads.onFx(() -> field.localToScreen(field.getBoundsInLocal()));
        robot.clickOn(new Point2D(box.getMinX() + 6, box.getCenterY()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field.getCaretPosition() == 0);
        tap(robot, "shi");
        choose(robot, "市");
        awaitText(robot, "市广州");
    }

    @Test
    void aCharacterIsWrittenByFingerOnThePad(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        robot.clickOn("#key-layout-handwriting");
        Bounds pad = FxReads.onFx(() -> {
            Node node = robot.lookup("#handwriting-pad").query();
            return node.localToScreen(node.getBoundsInLocal());
        });
        double size = pad.getWidth();
        stroke(robot, pad, 0.15 * size, 0.45 * size, 0.85 * size, 0.45 * size);
        stroke(robot, pad, 0.5 * size, 0.1 * size, 0.5 * size, 0.9 * size);
        awaitCandidates(robot, shown -> shown.contains("十"));
        new Screenshots(robot).save(scene, "keyboard-handwriting-zh_cn");
        choose(robot, "十");
        awaitText(robot, "十");
        assertThat(candidateTexts(robot)).as("the pad is clear for the next character").isEmpty();

        robot.clickOn("#next");
        stroke(robot, pad, 0.15 * size, 0.5 * size, 0.85 * size, 0.5 * size);
        awaitCandidates(robot, shown -> shown.contains("一"));
        choose(robot, "一");
        awaitText(robot, "十一");
    }

    @Test
    void anAddressMixesChineseAndDigitsBySwitchingLayouts(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "jingshanqianjie");
        choose(robot, "景");
        awaitChosen(robot, "景");
        choose(robot, "山");
        awaitChosen(robot, "景山");
        choose(robot, "前");
        awaitChosen(robot, "景山前");
        choose(robot, "街");
        awaitText(robot, "景山前街");
        robot.clickOn("#key-layout-digits");
        assertThat(robot.lookup("#key-a").tryQuery()).isEmpty();
        robot.clickOn("#key-4");
        new Screenshots(robot).save(scene, "keyboard-digits-in-a-text-field-zh_cn");
        robot.clickOn("#key-layout-pinyin");
        tap(robot, "hao");
        choose(robot, "号");
        awaitText(robot, "景山前街4号");
    }

    @Test
    void aPhoneNumberIsTypedOnDigitsWithNothingElseToPress(FxRobot robot) {
        attach(robot, field, KeyboardLayout.DIGITS);
        assertThat(robot.lookup("#key-layout-pinyin").tryQuery()).as("a number field offers no letters").isEmpty();
        assertThat(robot.lookup("#key-x").tryQuery()).isEmpty();
        assertThat(robot.lookup("#candidates").queryAs(Node.class).isVisible()).isFalse();
        tap(robot, "13800138000");
        assertThat(field.getText()).isEqualTo("13800138000");
    }

    @Test
    void anIdNumberEndsInX(FxRobot robot) {
        attach(robot, field, KeyboardLayout.ID_NUMBER);
        tap(robot, "11010519491231002");
        robot.clickOn("#key-x");
        assertThat(field.getText()).isEqualTo("11010519491231002X");
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
        assertThat(field.getText()).isEqualTo("1985-03-12");
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
        assertThat(field.getText()).isEqualTo("zhang_wei85@mail-gov.cn");
    }

    @Test
    void latinLettersTakeACapitalAfterShiftAndASpace(FxRobot robot) {
        attach(robot, field, KeyboardLayout.LATIN);
        robot.clickOn("#key-shift");
        assertThat(text(robot, "#key-z")).isEqualTo("Z");
        tap(robot, "zhang");
        assertThat(text(robot, "#key-z")).as("shift lasts one letter").isEqualTo("z");
        robot.clickOn("#key-space");
        robot.clickOn("#key-shift");
        tap(robot, "wei");
        assertThat(field.getText()).isEqualTo("Zhang Wei");
    }

    @Test
    void backspaceTakesAComposingLetterFirstThenTheText(FxRobot robot) throws Exception {
        robot.interact(() -> field.setText("张伟"));
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "zhan");
        awaitComposition(robot, "zhan");
        robot.clickOn("#key-backspace");
        awaitComposition(robot, "zha");
        awaitCandidates(robot, shown -> !shown.isEmpty());
        robot.clickOn("#key-backspace").clickOn("#key-backspace").clickOn("#key-backspace");
        awaitComposition(robot, "");
        assertThat(field.getText()).as("no letter was left, so nothing of the text went").isEqualTo("张伟");
        robot.clickOn("#key-backspace");
        awaitText(robot, "张");
    }

    @Test
    void backspaceRemovesAWholeCharacterBeyondTheBasicPlane(FxRobot robot) {
        robot.interact(() -> field.setText("刘\uD840\uDC00"));
        attach(robot, field, KeyboardLayout.DIGITS);
        robot.interact(() -> field.end());
        robot.clickOn("#key-backspace");
        assertThat(field.getText()).isEqualTo("刘");
    }

    @Test
    void clearEmptiesBothTheLettersAndTheText(FxRobot robot) throws Exception {
        robot.interact(() -> field.setText("张伟"));
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "li");
        awaitComposition(robot, "li");
        robot.clickOn("#key-clear");
        assertThat(field.getText()).isEmpty();
        assertThat(text(robot, "#composition")).isEmpty();
        assertThat(candidateTexts(robot)).isEmpty();
    }

    @Test
    void moreCandidatesThanFitArePagedForwardAndBack(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "yi");
        awaitCandidates(robot, shown -> shown.size() > 1);
        List<String> first = candidateTexts(robot);
        assertThat(robot.lookup("#candidates-back").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#candidates-more");
        List<String> second = candidateTexts(robot);
        assertThat(second).doesNotContainAnyElementsOf(first);
        robot.clickOn("#candidates-back");
        assertThat(candidateTexts(robot)).isEqualTo(first);
        robot.clickOn("#candidates-more");
        robot.clickOn("#candidate-1");
        awaitText(robot, second.get(1));
    }

    @Test
    void spaceTakesTheFirstCandidateWhileComposing(FxRobot robot) throws Exception {
        attach(robot, field, KeyboardLayout.PINYIN);
        tap(robot, "wang");
        awaitCandidates(robot, shown -> !shown.isEmpty());
        String first = candidateTexts(robot).get(0);
        robot.clickOn("#key-space");
        awaitText(robot, first);
        robot.clickOn("#key-space");
        awaitText(robot, first + " ");
    }

    @Test
    void afterDetachTheKeysEditNothing(FxRobot robot) {
        attach(robot, field, KeyboardLayout.DIGITS);
        robot.clickOn("#key-1");
        robot.interact(keyboard::detach);
        assertThat(keyboard.isDisabled()).isTrue();
        robot.clickOn("#key-2");
        assertThat(field.getText()).isEqualTo("1");
    }

    @Test
    void aBoundTextIsRefused(FxRobot robot) {
        TextField bound = new TextField();
        bound.textProperty().bind(field.textProperty());
        assertThatThrownBy(() -> keyboard.attach(bound, KeyboardLayout.LATIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bound");
    }

    @Test
    void everyLayoutFitsThePortraitScreenWithLargeTouchTargetsInBothLanguagesAndSizes(FxRobot robot) throws Exception {
        Screenshots screenshots = new Screenshots(robot);
        for (boolean large : new boolean[] {false, true}) {
            robot.interact(() -> scene.getRoot().pseudoClassStateChanged(ShellView.LARGE_TEXT, large));
            for (Language each : Language.values()) {
                robot.interact(() -> language.set(each));
                for (KeyboardLayout layout : KeyboardLayout.values()) {
                    robot.interact(() -> field.setText(""));
                    attach(robot, field, layout);
                    if (layout == KeyboardLayout.PINYIN) {
                        tap(robot, "guangzhoushi");
                        awaitCandidates(robot, shown -> !shown.isEmpty());
                    }
                    assertFitsWithLargeKeys(robot, layout + " " + each + (large ? " large" : ""));
                    screenshots.save(scene, "keyboard-" + layout.name().toLowerCase() + "-"
                            + each.name().toLowerCase() + (large ? "-large" : ""));
                    robot.interact(() -> robot.lookup("#key-clear").queryButton().fire());
                }
            }
        }
    }

    private void assertFitsWithLargeKeys(FxRobot robot, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds board = keyboard.localToScene(keyboard.getBoundsInLocal());
        assertThat(board.getMinX()).as(what).isGreaterThanOrEqualTo(0);
        assertThat(board.getMaxX()).as(what).isLessThanOrEqualTo(1080);
        List<Button> keys = List.copyOf(robot.lookup(".keyboard-key").queryAllAs(Button.class));
        assertThat(keys).as(what).hasSizeGreaterThan(6);
        for (Button key : keys) {
            Bounds bounds = key.localToScene(key.getBoundsInLocal());
            assertThat(bounds.getWidth()).as(what + " " + key.getId()).isGreaterThanOrEqualTo(90);
            assertThat(bounds.getHeight()).as(what + " " + key.getId()).isGreaterThanOrEqualTo(90);
            assertThat(bounds.getMaxX()).as(what + " " + key.getId()).isLessThanOrEqualTo(board.getMaxX());
            assertThat(key.getText()).as(what + " " + key.getId()).isNotEmpty();
        }
    }

    private void attach(FxRobot robot, TextField target, KeyboardLayout layout) {
        robot.interact(() -> {
            target.requestFocus();
            target.end();
            keyboard.attach(target, layout);
        });
    }

    /** A straight stroke by finger on the pad, from and to points relative to its top left corner. */
    private static void stroke(FxRobot robot, Bounds pad, double fromX, double fromY, double toX, double toY) {
        robot.moveTo(new Point2D(pad.getMinX() + fromX, pad.getMinY() + fromY));
        robot.press(MouseButton.PRIMARY);
        for (int step = 1; step <= 8; step++) {
            robot.moveTo(new Point2D(pad.getMinX() + fromX + (toX - fromX) * step / 8,
                    pad.getMinY() + fromY + (toY - fromY) * step / 8));
        }
        robot.release(MouseButton.PRIMARY);
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

    /** Taps the candidate showing {@code text}, once the engine has answered, turning pages until it shows. */
    private static void choose(FxRobot robot, String text) throws TimeoutException {
        awaitCandidates(robot, shown -> !shown.isEmpty());
        for (int turns = 0; turns < 60; turns++) {
            int index = candidateTexts(robot).indexOf(text);
            if (index >= 0) {
                robot.clickOn("#candidate-" + index);
                return;
            }
            Optional<Button> more = robot.lookup("#candidates-more").tryQueryAs(Button.class);
            assertThat(more).as(text + " is not among the candidates").isPresent();
            assertThat(more.get().isDisabled()).as(text + " is not among the candidates").isFalse();
            robot.clickOn(more.get());
        }
        throw new AssertionError(text + " not found in 60 pages");
    }

    private static void awaitCandidates(FxRobot robot, Predicate<List<String>> shown) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.test(candidateTexts(robot)));
    }

    /** Waits until the composition shows these characters chosen ahead of the letters still composing. */
    private static void awaitChosen(FxRobot robot, String chosen) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            String composing = text(robot, "#composition");
            return composing.startsWith(chosen) && composing.length() > chosen.length()
                    && composing.charAt(chosen.length()) < 0x80;
        });
    }

    private static void awaitComposition(FxRobot robot, String composing) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> composing.equals(text(robot, "#composition")));
    }

    private void awaitText(FxRobot robot, String text) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(FxReads.onFx(field::getText)));
        } catch (TimeoutException e) {
            throw new AssertionError("the field shows '" + field.getText() + "', not '" + text + "'", e);
        }
    }

    private int caret(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return field.getCaretPosition();
    }

    private static List<String> candidateTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".keyboard-candidate").queryAllAs(Button.class).stream()
                .sorted(java.util.Comparator.comparing(Button::getId, java.util.Comparator.comparingInt(
                        id -> Integer.parseInt(id.substring("candidate-".length())))))
                .map(Button::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryLabeled().getText();
    }
}
