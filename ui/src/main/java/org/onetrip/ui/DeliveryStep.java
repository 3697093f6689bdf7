package org.onetrip.ui;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.filing.DeliveryField;
import org.onetrip.kiosk.filing.DeliveryForm;
import org.onetrip.kiosk.filing.DeliveryMethod;
import org.onetrip.kiosk.filing.FieldProblem;
import org.onetrip.kiosk.filing.FilingJourney;

/** How to receive the result: at the hall, or by post to an address pre-filled from the form or the card. */
final class DeliveryStep extends VBox {

    DeliveryStep(Messages messages, DeliveryForm delivery, boolean showProblems, FilingJourney journey,
            FieldEditing editing) {
        setId("filing-delivery");
        getStyleClass().add("filing-step");
        ToggleGroup methods = new ToggleGroup();
        HBox choice = new HBox(16);
        for (DeliveryMethod method : DeliveryMethod.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("delivery-" + method.name());
            button.textProperty().bind(messages.text("delivery." + method.name()));
            button.getStyleClass().add("form-option");
            button.setToggleGroup(methods);
            button.setFocusTraversable(false);
            button.setSelected(delivery.method() == method);
            button.setOnAction(event -> journey.chooseDelivery(method));
            choice.getChildren().add(button);
        }
        getChildren().add(choice);
        if (delivery.method() != DeliveryMethod.BY_POST) {
            getChildren().add(JourneyControls.text(messages.resolve("delivery.atHallHint"), "form-hint"));
            return;
        }
        Map<DeliveryField, FieldProblem> problems = delivery.problems();
        for (DeliveryField field : DeliveryField.values()) {
            Label problem = JourneyControls.text("", "form-problem");
            problem.setId("problem-" + field.field().code());
            FormStep.say(messages, problem, showProblems ? Optional.ofNullable(problems.get(field)) : Optional.empty());
            TextField input = new TextField(delivery.answer(field));
            input.setId("field-" + field.field().code());
            input.getStyleClass().add("form-field");
            input.setFocusTraversable(false);
            input.textProperty().addListener((observable, before, typed) ->
                    FormStep.say(messages, problem, delivery.answer(field, typed)));
            input.setOnMousePressed(press -> editing.edit(input, field.field().type()));
            VBox row = new VBox(JourneyControls.text(field.field().label().in(messages.language().getValue().locale())
                    + " *", "form-label"), input, problem);
            row.getStyleClass().add("form-row");
            getChildren().add(row);
        }
    }
}
