package org.onetrip.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.input.CaretText;
import org.onetrip.kiosk.input.ChineseInput;
import org.onetrip.kiosk.input.HandwritingView;
import org.onetrip.kiosk.input.PinyinView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's keyboard on the screen, for a hall without a physical one. It edits one field at a
 * time, at the field's caret (moved by touching the field, by the arrow keys here, or by a
 * keyboard's arrows): {@link #attach} names the field and the keys that suit it.
 *
 * <p>It only draws the input models of {@link ChineseInput}: in pinyin the letters compose in the
 * Rime engine and its candidates (characters and whole phrases, by frequency) fill the bar; in
 * handwriting the pad's strokes are recognised by zinnia. The engines answer on their own threads
 * and the answers are shown on the FX thread in the order asked. When the field loses the focus
 * (another field, 下一步, another layout), the characters chosen so far go into it and letters not
 * yet turned into characters are dropped: a field never receives raw pinyin.
 */
final class OnScreenKeyboard extends VBox {

    /** The candidate bar's width for candidates, beside the two paging keys. */
    static final double CANDIDATE_ROOM = 740;

    private static final Logger log = LoggerFactory.getLogger(OnScreenKeyboard.class);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final String[] LETTER_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] DIGIT_ROWS = {"123", "456", "789"};

    private final Messages messages;
    private final Optional<ChineseInput> chinese;
    private final Label composition = new Label();
    private final HBox candidateBar = new HBox();
    private final VBox rows = new VBox();
    private final ReadOnlyObjectWrapper<KeyboardLayout> layout = new ReadOnlyObjectWrapper<>(KeyboardLayout.LATIN);
    private final List<Button> letterKeys = new ArrayList<>();
    private final ChangeListener<Boolean> leaving = (observable, was, focused) -> {
        if (!focused) {
            finishComposing();
        }
    };
    /** A press anywhere but the keyboard and the field (下一步, a choice, another field) ends the composition first. */
    private final javafx.event.EventHandler<MouseEvent> pressedElsewhere = press -> {
        if (press.getTarget() instanceof Node node && !within(node, this) && !within(node, this.target)) {
            finishComposing();
        }
    };
    private Button shift;
    private TextInputControl target;
    private javafx.scene.Scene watched;
    private KeyboardLayout fieldLayout = KeyboardLayout.LATIN;
    private PinyinView pinyin = PinyinView.EMPTY;
    private HandwritingArea handwriting;
    private HandwritingView written;
    private List<String> candidates = List.of();
    private int page;
    private boolean shifted;
    /** Answers asked before the last change of field or layout are not shown. */
    private long generation;

    /** @param chinese the pinyin and handwriting engines; without them only Latin letters and digits are offered */
    OnScreenKeyboard(Messages messages, Optional<ChineseInput> chinese) {
        this.messages = messages;
        this.chinese = chinese;
        setId("on-screen-keyboard");
        getStyleClass().add("on-screen-keyboard");
        composition.setId("composition");
        composition.getStyleClass().add("keyboard-composition");
        candidateBar.setId("candidates");
        candidateBar.getStyleClass().add("keyboard-candidates");
        rows.getStyleClass().add("keyboard-rows");
        getChildren().addAll(composition, candidateBar, rows);
        setDisable(true);
        show(chineseOr(KeyboardLayout.PINYIN));
    }

    /**
     * From now on the keys edit {@code field}, with the keys of {@code layout}. What was composing
     * for the previous field is finished there first.
     *
     * @throws IllegalArgumentException if the field's text is bound, as the keyboard could not edit it
     */
    void attach(TextInputControl field, KeyboardLayout layout) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(layout, "layout");
        if (field.textProperty().isBound()) {
            throw new IllegalArgumentException("the keyboard cannot edit a bound text");
        }
        detach();
        // one composition serves every keyboard: a screen thrown away mid-word (the session ended)
        // must not hand its letters to the next citizen's field
        chinese.ifPresent(engines -> engines.pinyin().clear());
        target = field;
        target.focusedProperty().addListener(leaving);
        watched = field.getScene();
        if (watched != null) {
            watched.addEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
        }
        fieldLayout = chineseOr(layout);
        setDisable(false);
        show(fieldLayout);
    }

    /** The keys edit nothing until the next {@link #attach}; what was composing is finished first. */
    void detach() {
        finishComposing();
        if (target != null) {
            target.focusedProperty().removeListener(leaving);
        }
        if (watched != null) {
            watched.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
            watched = null;
        }
        target = null;
        setDisable(true);
    }

    /** The keys shown now: the attached field's, or the one the citizen switched to. */
    ReadOnlyObjectProperty<KeyboardLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node each = node; each != null; each = each.getParent()) {
            if (each == ancestor) {
                return true;
            }
        }
        return false;
    }

    private KeyboardLayout chineseOr(KeyboardLayout wanted) {
        boolean chineseLayout = wanted == KeyboardLayout.PINYIN || wanted == KeyboardLayout.HANDWRITING;
        return chineseLayout && chinese.isEmpty() ? KeyboardLayout.LATIN : wanted;
    }

    private void show(KeyboardLayout shown) {
        layout.set(shown);
        shifted = false;
        rows.getChildren().clear();
        letterKeys.clear();
        shift = null;
        handwriting = null;
        written = null;
        switch (shown) {
            case DIGITS -> digitPad(null);
            case ID_NUMBER -> digitPad(textKey("X", "key-x", "X"));
            case DATE -> digitPad(signKey("-", "key-dash"));
            case LATIN -> letterRows(true);
            case PINYIN -> letterRows(false);
            case EMAIL -> emailRows();
            case HANDWRITING -> handwritingPad();
            default -> throw new IllegalStateException("unknown layout " + shown);
        }
        boolean chineseShown = shown == KeyboardLayout.PINYIN || shown == KeyboardLayout.HANDWRITING;
        composition.setVisible(shown == KeyboardLayout.PINYIN);
        composition.setManaged(shown == KeyboardLayout.PINYIN);
        candidateBar.setVisible(chineseShown);
        candidateBar.setManaged(chineseShown);
        showCandidates(List.of());
        composition.setText("");
    }

    private void digitPad(Button extra) {
        for (String digits : DIGIT_ROWS) {
            rows.getChildren().add(row(digits.chars().mapToObj(this::digitKey).toArray(Button[]::new)));
        }
        Region blank = new Region();
        blank.getStyleClass().add("keyboard-blank");
        rows.getChildren().add(row(extra == null ? blank : extra, digitKey('0'), backspaceKey()));
        HBox bottom = bottomRow();
        if (!fieldLayout.isText()) {
            // a number field's clear key is alone on its row: as wide as a digit
            bottom.getStyleClass().add("digit-row");
        }
        rows.getChildren().forEach(node -> node.getStyleClass().add("digit-row"));
        rows.getChildren().add(bottom);
    }

    private void letterRows(boolean withShift) {
        rows.getChildren().add(letterRow(LETTER_ROWS[0]));
        rows.getChildren().add(letterRow(LETTER_ROWS[1]));
        HBox third = letterRow(LETTER_ROWS[2]);
        if (withShift) {
            third.getChildren().add(0, shiftKey());
        }
        third.getChildren().add(backspaceKey());
        rows.getChildren().add(third);
        rows.getChildren().add(bottomRow());
    }

    private void emailRows() {
        rows.getChildren().add(row("1234567890".chars().mapToObj(this::digitKey).toArray(Button[]::new)));
        letterRows(false);
        HBox bottom = (HBox) rows.getChildren().get(rows.getChildren().size() - 1);
        bottom.getChildren().addAll(0, List.of(signKey("@", "key-at"), signKey(".", "key-dot"),
                signKey("-", "key-dash"), signKey("_", "key-underscore")));
    }

    private void handwritingPad() {
        HandwritingArea[] shown = new HandwritingArea[1];
        // recognitions for a pad no longer shown (another layout, another field) are not drawn
        shown[0] = new HandwritingArea(chinese.orElseThrow().pad(HandwritingArea.SIZE), view -> {
            if (handwriting == shown[0] && handwriting != null) {
                written = view;
                showCandidates(view.candidates());
            }
        });
        handwriting = shown[0];
        Button undo = key(messages.text("keyboard.pad.undo"), "key-pad-undo", "keyboard-function");
        undo.setOnAction(event -> handwriting.undoStroke());
        Button rewrite = key(messages.text("keyboard.pad.clear"), "key-pad-clear", "keyboard-function");
        rewrite.setOnAction(event -> handwriting.clear());
        VBox tools = new VBox(8, undo, rewrite, backspaceKey());
        tools.setAlignment(Pos.TOP_CENTER);
        rows.getChildren().add(row(handwriting, tools));
        rows.getChildren().add(bottomRow());
    }

    /** Switch keys for free-text fields, the caret keys, space where words need it, and clear. */
    private HBox bottomRow() {
        HBox bottom = row();
        if (fieldLayout.isText()) {
            if (chinese.isPresent()) {
                bottom.getChildren().addAll(switchKey(KeyboardLayout.PINYIN, "pinyin"),
                        switchKey(KeyboardLayout.HANDWRITING, "handwriting"));
            }
            bottom.getChildren().addAll(switchKey(KeyboardLayout.LATIN, "latin"), switchKey(KeyboardLayout.DIGITS, "digits"));
            Button left = key(messages.text("keyboard.caret.left"), "key-left", "keyboard-caret");
            left.setOnAction(event -> moveCaret(CaretText::left));
            Button right = key(messages.text("keyboard.caret.right"), "key-right", "keyboard-caret");
            right.setOnAction(event -> moveCaret(CaretText::right));
            bottom.getChildren().addAll(left, right);
            if (layout.get() != KeyboardLayout.DIGITS && layout.get() != KeyboardLayout.HANDWRITING) {
                Button space = key(messages.text("keyboard.space"), "key-space", "keyboard-space");
                space.setOnAction(event -> space());
                bottom.getChildren().add(space);
            }
        }
        Button clear = key(messages.text("keyboard.clear"), "key-clear", "keyboard-function");
        clear.setOnAction(event -> clear());
        bottom.getChildren().add(clear);
        return bottom;
    }

    private HBox letterRow(String letters) {
        return row(letters.chars().mapToObj(this::letterKey).toArray(Button[]::new));
    }

    private HBox row(Node... keys) {
        HBox row = new HBox(keys);
        row.getStyleClass().add("keyboard-row");
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Button letterKey(int letter) {
        String lower = Character.toString(letter);
        Button button = key(null, "key-" + lower, "keyboard-letter");
        button.setText(lower);
        button.setOnAction(event -> typeLetter(lower));
        letterKeys.add(button);
        return button;
    }

    private Button digitKey(int digit) {
        String text = Character.toString(digit);
        return textKey(text, "key-" + text, text);
    }

    private Button textKey(String label, String id, String typed) {
        Button button = key(null, id, "keyboard-letter");
        button.setText(label);
        button.setOnAction(event -> insert(typed));
        return button;
    }

    /** A sign is small in any font: its key shows it larger so it can be told apart. */
    private Button signKey(String sign, String id) {
        Button button = textKey(sign, id, sign);
        button.getStyleClass().add("keyboard-sign");
        return button;
    }

    private Button backspaceKey() {
        Button button = key(null, "key-backspace", "keyboard-function");
        button.setText("⌫");
        button.setOnAction(event -> backspace());
        return button;
    }

    private Button shiftKey() {
        shift = key(messages.text("keyboard.shift"), "key-shift", "keyboard-function");
        shift.setOnAction(event -> {
            shifted = !shifted;
            showCase();
        });
        return shift;
    }

    private Button switchKey(KeyboardLayout to, String name) {
        Button button = key(messages.text("keyboard.layout." + name), "key-layout-" + name, "keyboard-switch");
        button.pseudoClassStateChanged(SELECTED, layout.get() == to);
        button.setOnAction(event -> {
            if (layout.get() != to) {
                finishComposing();
                show(to);
            }
        });
        return button;
    }

    private Button key(ObservableValue<String> label, String id, String kind) {
        Button button = new Button();
        if (label != null) {
            button.textProperty().bind(label);
        }
        button.setId(id);
        button.getStyleClass().addAll("keyboard-key", kind);
        button.setFocusTraversable(false);
        return button;
    }

    private void typeLetter(String lower) {
        if (layout.get() == KeyboardLayout.PINYIN) {
            ask(chinese.orElseThrow().pinyin().type(lower.charAt(0)), view -> { });
        } else if (shifted) {
            insert(lower.toUpperCase(Locale.ROOT));
            shifted = false;
            showCase();
        } else {
            insert(lower);
        }
    }

    /** In pinyin, space takes the first candidate as every pinyin keyboard does; elsewhere it is a space. */
    private void space() {
        if (layout.get() == KeyboardLayout.PINYIN) {
            ask(chinese.orElseThrow().pinyin().space(), view -> insert(" "));
        } else {
            insert(" ");
        }
    }

    private void backspace() {
        if (layout.get() == KeyboardLayout.PINYIN) {
            ask(chinese.orElseThrow().pinyin().backspace(), view -> edit(CaretText::deleteBefore));
        } else {
            edit(CaretText::deleteBefore);
        }
    }

    private void clear() {
        if (layout.get() == KeyboardLayout.PINYIN) {
            generation++;
            chinese.orElseThrow().pinyin().clear();
            pinyin = PinyinView.EMPTY;
            composition.setText("");
            showCandidates(List.of());
        } else if (handwriting != null) {
            handwriting.clear();
        }
        if (target != null) {
            target.setText("");
        }
    }

    private void moveCaret(java.util.function.UnaryOperator<CaretText> move) {
        if (!pinyin.isComposing()) {
            edit(move);
        }
    }

    /** Sends a key to the pinyin engine; its answer is shown, on the FX thread, unless the field changed meanwhile. */
    private void ask(CompletableFuture<PinyinView> answer, Consumer<PinyinView> passedOn) {
        long asked = generation;
        answer.whenComplete((view, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                log.error("the pinyin engine failed: {}", failure.getMessage());
                return;
            }
            if (asked != generation) {
                return;
            }
            pinyin = view;
            insert(view.committed());
            if (view.passedOn()) {
                passedOn.accept(view);
            }
            composition.setText(view.composing());
            page = 0;
            showCandidates(view.candidates());
        }));
    }

    private void choose(int index) {
        if (layout.get() == KeyboardLayout.PINYIN) {
            ask(chinese.orElseThrow().pinyin().choose(index), view -> { });
        } else if (handwriting != null && written != null) {
            insert(handwriting.choose(written, index));
        }
    }

    /** The characters chosen so far go into the field, the letters are dropped, later answers are ignored. */
    private void finishComposing() {
        generation++;
        if (pinyin.isComposing() || !pinyin.chosen().isEmpty()) {
            insert(pinyin.chosen());
            chinese.ifPresent(engines -> engines.pinyin().clear());
        }
        pinyin = PinyinView.EMPTY;
        composition.setText("");
        showCandidates(List.of());
    }

    private void insert(String typed) {
        if (!typed.isEmpty()) {
            edit(text -> text.insert(typed));
        }
    }

    private void edit(java.util.function.UnaryOperator<CaretText> change) {
        if (target == null) {
            return;
        }
        String text = target.getText() == null ? "" : target.getText();
        CaretText now = new CaretText(text, Math.min(text.length(), target.getCaretPosition()));
        CaretText edited = change.apply(now);
        if (!edited.text().equals(text)) {
            target.setText(edited.text());
        }
        target.positionCaret(edited.caret());
    }

    private void showCase() {
        shift.pseudoClassStateChanged(SELECTED, shifted);
        for (Button key : letterKeys) {
            String letter = key.getId().substring("key-".length());
            key.setText(shifted ? letter.toUpperCase(Locale.ROOT) : letter);
        }
    }

    private void showCandidates(List<String> shown) {
        candidates = shown;
        page = Math.min(page, Math.max(0, pages(candidates).size() - 1));
        drawCandidates();
    }

    private void drawCandidates() {
        candidateBar.getChildren().clear();
        if (candidates.isEmpty()) {
            return;
        }
        List<int[]> pages = pages(candidates);
        int[] range = pages.get(page);
        for (int index = range[0]; index < range[1]; index++) {
            int chosen = index;
            Button button = key(null, "candidate-" + (index - range[0]), "keyboard-candidate");
            if (candidates.get(index).codePointCount(0, candidates.get(index).length()) > 1) {
                // a phrase's key grows with it; inline, as the stylesheet's square size would win over code
                double width = width(candidates.get(index));
                button.getStyleClass().add("keyboard-phrase");
                button.setStyle("-fx-min-width: " + width + "px; -fx-pref-width: " + width + "px; -fx-max-width: "
                        + width + "px;");
            }
            button.setText(candidates.get(index));
            button.setOnAction(event -> choose(chosen));
            candidateBar.getChildren().add(button);
        }
        if (pages.size() > 1) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button back = key(messages.text("keyboard.candidates.back"), "candidates-back", "keyboard-paging");
            back.setDisable(page == 0);
            back.setOnAction(event -> turnPage(-1));
            Button more = key(messages.text("keyboard.candidates.more"), "candidates-more", "keyboard-paging");
            more.setDisable(page == pages.size() - 1);
            more.setOnAction(event -> turnPage(1));
            candidateBar.getChildren().addAll(gap, back, more);
        }
    }

    /** Candidates in pages that fit the bar: a single character takes a square key, a phrase a wider one. */
    static List<int[]> pages(List<String> candidates) {
        List<int[]> pages = new ArrayList<>();
        int from = 0;
        double used = 0;
        for (int index = 0; index < candidates.size(); index++) {
            double width = width(candidates.get(index)) + 8;
            if (index > from && used + width > CANDIDATE_ROOM) {
                pages.add(new int[] {from, index});
                from = index;
                used = 0;
            }
            used += width;
        }
        if (from < candidates.size()) {
            pages.add(new int[] {from, candidates.size()});
        }
        return pages;
    }

    /** The width of a candidate's key, as kiosk.css gives it. */
    static double width(String candidate) {
        int characters = candidate.codePointCount(0, candidate.length());
        return characters <= 1 ? 104 : Math.min(CANDIDATE_ROOM, 40 + 48.0 * characters);
    }

    private void turnPage(int by) {
        page += by;
        drawCandidates();
    }
}
