package org.onetrip.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.filing.FilingView;
import org.onetrip.kiosk.filing.RatingReason;

/**
 * Filed: the tracking number, the receipt printing (or why it did not, with "print again"), and the
 * rating, 1 to 5 with reasons.
 */
final class ReceiptStep extends VBox {

    private final Set<RatingReason> reasons = EnumSet.noneOf(RatingReason.class);
    private int score;

    ReceiptStep(Messages messages, FilingView.Receipt receipt, FilingJourney journey) {
        setId("filing-receipt");
        getStyleClass().add("filing-step");
        Label filed = JourneyControls.text(messages.resolve("receipt.filed", receipt.trackingNumber()), "journey-done");
        filed.setId("tracking-number");
        getChildren().add(filed);
        switch (receipt.stage()) {
            case PRINTING:
                getChildren().add(new HBox(16, new ProgressIndicator(),
                        JourneyControls.text(messages.resolve("receipt.printing"), "journey-line")));
                return;
            case PRINTED:
                Label take = JourneyControls.text(messages.resolve("receipt.printed"), "journey-line");
                take.setId("receipt-printed");
                getChildren().add(take);
                break;
            default:
                Label problem = JourneyControls.text("⚠ " + messages.resolve("receipt.failed."
                        + receipt.failure().map(Enum::name).orElse("UNKNOWN")), "journey-problem");
                problem.setId("receipt-problem");
                getChildren().addAll(problem,
                        JourneyControls.text(messages.resolve("receipt.stillFiled", receipt.trackingNumber()),
                                "journey-line"));
                if (journey.canPrintReceipt()) {
                    getChildren().add(JourneyControls.button(messages, "print-again", "receipt.printAgain",
                            "primary-button", journey::printAgain));
                }
                break;
        }
        getChildren().add(rating(messages, journey));
    }

    private VBox rating(Messages messages, FilingJourney journey) {
        VBox box = new VBox();
        box.setId("rating");
        box.getStyleClass().add("rating");
        HBox scores = new HBox(12);
        List<ToggleButton> stars = new java.util.ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            int chosen = value;
            ToggleButton star = new ToggleButton(value + " ★");
            star.setId("score-" + value);
            star.getStyleClass().add("rating-score");
            star.setFocusTraversable(false);
            star.setOnAction(event -> {
                score = chosen;
                stars.forEach(each -> each.setSelected(stars.indexOf(each) < chosen));
            });
            stars.add(star);
            scores.getChildren().add(star);
        }
        FlowPane why = new FlowPane();
        why.getStyleClass().add("rating-reasons");
        for (RatingReason reason : RatingReason.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("reason-" + reason.name());
            button.textProperty().bind(messages.text("rating.reason." + reason.name()));
            button.getStyleClass().add("form-option");
            button.setFocusTraversable(false);
            button.setOnAction(event -> {
                if (button.isSelected()) {
                    reasons.add(reason);
                } else {
                    reasons.remove(reason);
                }
            });
            why.getChildren().add(button);
        }
        Button send = JourneyControls.button(messages, "send-rating", "rating.send", "primary-button",
                () -> journey.rate(score, List.copyOf(reasons)));
        // a rating needs a score first
        send.setDisable(true);
        stars.forEach(star -> star.addEventHandler(ActionEvent.ACTION, event -> send.setDisable(false)));
        box.getChildren().addAll(JourneyControls.text(messages.resolve("rating.ask"), "matter-subtitle"), scores, why,
                new HBox(16, send,
                        JourneyControls.button(messages, "skip-rating", "rating.skip", "secondary-button",
                                journey::skipRating)));
        return box;
    }
}
