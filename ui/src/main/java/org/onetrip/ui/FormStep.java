package org.onetrip.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.onetrip.config.catalog.ChoiceOption;
import org.onetrip.config.catalog.FieldType;
import org.onetrip.kiosk.filing.FieldProblem;
import org.onetrip.kiosk.filing.FilingForm;
import org.onetrip.kiosk.filing.FormQuestion;

/**
 * The form: each field with its question, the card's answer already in, and what is wrong said
 * beside it as the citizen types (at once for a field they touched, for all once they try to go on).
 */
final class FormStep extends VBox {

    FormStep(Messages messages, FilingForm form, boolean showProblems, FieldEditing editing) {
        setId("filing-form");
        getStyleClass().add("filing-step");
        Locale locale = messages.language().getValue().locale();
        Map<String, FieldProblem> problems = form.problems();
        for (FormQuestion question : form.questions()) {
            VBox row = new VBox();
            row.getStyleClass().add("form-row");
            Label label = JourneyControls.text(question.field().label().in(locale)
                    + (question.required() ? " *" : ""), "form-label");
            Label problem = JourneyControls.text("", "form-problem");
            problem.setId("problem-" + question.code());
            Optional<FieldProblem> now = Optional.ofNullable(problems.get(question.code()));
            say(messages, problem, showProblems ? now : Optional.empty());
            row.getChildren().add(label);
            if (question.field().type() == FieldType.CHOICE) {
                row.getChildren().add(choices(question, form, locale, problem, messages));
            } else {
                TextField field = new TextField(form.answer(question.code()));
                field.setId("field-" + question.code());
                field.getStyleClass().add("form-field");
                field.setEditable(!question.readOnly());
                field.setFocusTraversable(false);
                if (question.readOnly()) {
                    field.getStyleClass().add("read-only");
                    row.getChildren().addAll(field, JourneyControls.text(messages.resolve("filing.fromCard"), "form-hint"));
                } else {
                    field.textProperty().addListener((observable, before, typed) ->
                            say(messages, problem, form.answer(question.code(), typed)));
                    field.setOnMousePressed(press -> editing.edit(field, question.field().type()));
                    row.getChildren().add(field);
                }
            }
            row.getChildren().add(problem);
            getChildren().add(row);
        }
    }

    private static FlowPane choices(FormQuestion question, FilingForm form, Locale locale, Label problem,
            Messages messages) {
        FlowPane options = new FlowPane();
        options.getStyleClass().add("form-options");
        ToggleGroup group = new ToggleGroup();
        for (ChoiceOption option : question.field().options()) {
            ToggleButton button = new ToggleButton(option.label().in(locale));
            button.setId("option-" + question.code() + "-" + option.code());
            button.getStyleClass().add("form-option");
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setSelected(option.code().equals(form.answer(question.code())));
            button.setOnAction(event -> {
                button.setSelected(true);
                say(messages, problem, form.answer(question.code(), option.code()));
            });
            options.getChildren().add(button);
        }
        return options;
    }

    /** Colour is never the only sign: the problem is said in words, with a mark. */
    static void say(Messages messages, Label label, Optional<FieldProblem> problem) {
        label.setText(problem.map(p -> "⚠ " + messages.resolve("field.problem." + p.name())).orElse(""));
        label.setVisible(problem.isPresent());
        label.setManaged(problem.isPresent());
    }
}
