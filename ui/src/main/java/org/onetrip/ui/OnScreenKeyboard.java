package org.onetrip.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.input.Candidates;
import org.onetrip.kiosk.input.PinyinDictionary;

/**
 * The kiosk's keyboard on the screen, for a hall without a physical one. It edits one text at a
 * time, at its end: {@link #attach} names the text and the keys that suit it. In pinyin the typed
 * letters compose above a bar of candidate characters; tapping one inserts it and keeps the letters
 * it did not use for the next character. Used on the FX thread only.
 */
final class OnScreenKeyboard extends VBox {

    /** Candidates per page of the bar: as many large buttons as fit 1080 px beside the paging keys. */
    static final int CANDIDATES_PER_PAGE = 6;

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final String[] LETTER_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String[] DIGIT_ROWS = {"123", "456", "789"};

    private final Messages messages;
    private final PinyinDictionary dictionary;
    private final Label composition = new Label();
    private final HBox candidateBar = new HBox();
    private final VBox rows = new VBox();
    private final ReadOnlyObjectWrapper<KeyboardLayout> layout = new ReadOnlyObjectWrapper<>(KeyboardLayout.PINYIN);
    private final StringBuilder composing = new StringBuilder();
    private final List<Button> letterKeys = new ArrayList<>();
    private Button shift;
    private StringProperty target;
    private KeyboardLayout fieldLayout = KeyboardLayout.PINYIN;
    private int page;
    private boolean shifted;

    OnScreenKeyboard(Messages messages, PinyinDictionary dictionary) {
        this.messages = messages;
        this.dictionary = dictionary;
        setId("on-screen-keyboard");
        getStyleClass().add("on-screen-keyboard");
        composition.setId("composition");
        composition.getStyleClass().add("keyboard-composition");
        candidateBar.setId("candidates");
        candidateBar.getStyleClass().add("keyboard-candidates");
        rows.getStyleClass().add("keyboard-rows");
        getChildren().addAll(composition, candidateBar, rows);
        setDisable(true);
        show(KeyboardLayout.PINYIN);
    }

    /**
     * From now on the keys edit {@code target}, with the keys of {@code layout}. Letters still
     * composing for the previous text are put into it as typed, so nothing typed is lost.
     *
     * @throws IllegalArgumentException if {@code target} is bound, as the keyboard could not edit it
     */
    void attach(StringProperty target, KeyboardLayout layout) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(layout, "layout");
        if (target.isBound()) {
            throw new IllegalArgumentException("the keyboard cannot edit a bound text");
        }
        detach();
        this.target = target;
        this.fieldLayout = layout;
        setDisable(false);
        show(layout);
    }

    /** The keys edit nothing until the next {@link #attach}; composing letters go into the text as typed. */
    void detach() {
        commitComposingAsTyped();
        target = null;
        setDisable(true);
    }

    /** The keys shown now: the attached field's, or the one the citizen switched to. */
    ReadOnlyObjectProperty<KeyboardLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    private void show(KeyboardLayout shown) {
        layout.set(shown);
        shifted = false;
        rows.getChildren().clear();
        letterKeys.clear();
        shift = null;
        switch (shown) {
            case DIGITS -> digitPad(null);
            case ID_NUMBER -> digitPad(textKey("X", "key-x", "X"));
            case DATE -> digitPad(signKey("-", "key-dash"));
            case LATIN -> letterRows(true);
            case PINYIN -> letterRows(false);
            case EMAIL -> emailRows();
            default -> throw new IllegalStateException("unknown layout " + shown);
        }
        boolean pinyin = shown == KeyboardLayout.PINYIN;
        composition.setVisible(pinyin);
        composition.setManaged(pinyin);
        candidateBar.setVisible(pinyin);
        candidateBar.setManaged(pinyin);
        refreshComposition();
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

    /** Switch keys for free-text fields, space where words need it, and clear. */
    private HBox bottomRow() {
        HBox bottom = row();
        if (fieldLayout.isText()) {
            bottom.getChildren().addAll(switchKey(KeyboardLayout.PINYIN, "pinyin"),
                    switchKey(KeyboardLayout.LATIN, "latin"), switchKey(KeyboardLayout.DIGITS, "digits"));
            if (layout.get() != KeyboardLayout.DIGITS) {
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
                commitComposingAsTyped();
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
            composing.append(lower);
            page = 0;
            refreshComposition();
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
        if (composing.length() == 0) {
            insert(" ");
            return;
        }
        Candidates candidates = dictionary.lookup(composing.toString());
        if (candidates.isEmpty()) {
            commitComposingAsTyped();
        } else {
            choose(candidates, candidates.characters().get(0));
        }
    }

    private void backspace() {
        if (composing.length() > 0) {
            composing.setLength(composing.length() - 1);
            page = 0;
            refreshComposition();
        } else if (target != null) {
            String text = text();
            if (!text.isEmpty()) {
                target.set(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            }
        }
    }

    private void clear() {
        composing.setLength(0);
        page = 0;
        refreshComposition();
        if (target != null) {
            target.set("");
        }
    }

    private void insert(String typed) {
        if (target != null) {
            target.set(text() + typed);
        }
    }

    private void choose(Candidates candidates, String character) {
        insert(character);
        composing.delete(0, candidates.consumed());
        page = 0;
        refreshComposition();
    }

    private void commitComposingAsTyped() {
        if (composing.length() > 0) {
            insert(composing.toString());
            composing.setLength(0);
            page = 0;
            refreshComposition();
        }
    }

    private String text() {
        String text = target.get();
        return text == null ? "" : text;
    }

    private void showCase() {
        shift.pseudoClassStateChanged(SELECTED, shifted);
        for (Button key : letterKeys) {
            String letter = key.getId().substring("key-".length());
            key.setText(shifted ? letter.toUpperCase(Locale.ROOT) : letter);
        }
    }

    private void refreshComposition() {
        composition.setText(composing.toString());
        candidateBar.getChildren().clear();
        if (layout.get() != KeyboardLayout.PINYIN || composing.length() == 0) {
            return;
        }
        Candidates candidates = dictionary.lookup(composing.toString());
        List<String> characters = candidates.characters();
        int pages = Math.max(1, (characters.size() + CANDIDATES_PER_PAGE - 1) / CANDIDATES_PER_PAGE);
        int from = page * CANDIDATES_PER_PAGE;
        List<String> shown = characters.subList(from, Math.min(characters.size(), from + CANDIDATES_PER_PAGE));
        for (int index = 0; index < shown.size(); index++) {
            String character = shown.get(index);
            Button button = key(null, "candidate-" + index, "keyboard-candidate");
            button.setText(character);
            button.setOnAction(event -> choose(candidates, character));
            candidateBar.getChildren().add(button);
        }
        if (pages > 1) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button back = key(messages.text("keyboard.candidates.back"), "candidates-back", "keyboard-paging");
            back.setDisable(page == 0);
            back.setOnAction(event -> turnPage(-1));
            Button more = key(messages.text("keyboard.candidates.more"), "candidates-more", "keyboard-paging");
            more.setDisable(page == pages - 1);
            more.setOnAction(event -> turnPage(1));
            candidateBar.getChildren().addAll(gap, back, more);
        }
    }

    private void turnPage(int by) {
        page += by;
        refreshComposition();
    }
}
