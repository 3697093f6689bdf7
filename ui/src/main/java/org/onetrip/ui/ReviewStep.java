package org.onetrip.ui;

import java.util.Locale;
import javafx.scene.layout.VBox;
import org.onetrip.config.catalog.ChoiceOption;
import org.onetrip.kiosk.filing.DeliveryField;
import org.onetrip.kiosk.filing.DeliveryMethod;
import org.onetrip.kiosk.filing.FilingView;
import org.onetrip.kiosk.filing.FormQuestion;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.material.MaterialItem;

/** Everything once more, as it will be filed, before "submit". */
final class ReviewStep extends VBox {

    ReviewStep(Messages messages, FilingView.Review review) {
        setId("filing-review");
        getStyleClass().add("filing-step");
        Locale locale = messages.language().getValue().locale();
        getChildren().add(JourneyControls.text(messages.resolve("review.matters"), "matter-subtitle"));
        if (review.choice() instanceof Choice.OneThing thing) {
            thing.matters().forEach(matter -> getChildren().add(JourneyControls.text("· " + matter.name().in(locale),
                    "review-line")));
        } else {
            getChildren().add(JourneyControls.text("· " + review.choice().name().in(locale), "review-line"));
        }
        getChildren().add(JourneyControls.text(messages.resolve("review.answers"), "matter-subtitle"));
        for (FormQuestion question : review.form().questions()) {
            String answer = review.form().answer(question.code());
            String shown = question.field().options().stream().filter(option -> option.code().equals(answer))
                    .map(ChoiceOption::label).map(label -> label.in(locale)).findFirst().orElse(answer);
            getChildren().add(JourneyControls.text(messages.resolve("review.answer", question.field().label().in(locale),
                    shown), "review-line"));
        }
        getChildren().add(JourneyControls.text(messages.resolve("review.materials"), "matter-subtitle"));
        for (MaterialItem item : review.checklist().items()) {
            getChildren().add(JourneyControls.text("· " + item.material().name().in(locale) + " — "
                    + messages.resolve("review.state." + item.state().get().name(), item.pages().count(),
                            item.dueBy().map(Object::toString).orElse("")), "review-line"));
        }
        getChildren().add(JourneyControls.text(messages.resolve("review.delivery"), "matter-subtitle"));
        String delivery = messages.resolve("delivery." + review.delivery().method().name());
        if (review.delivery().method() == DeliveryMethod.BY_POST) {
            delivery = messages.resolve("review.answer", delivery, review.delivery().answer(DeliveryField.ADDRESS) + " "
                    + review.delivery().answer(DeliveryField.POSTCODE) + " " + review.delivery().answer(DeliveryField.MOBILE));
        }
        getChildren().add(JourneyControls.text(delivery, "review-line"));
    }
}
