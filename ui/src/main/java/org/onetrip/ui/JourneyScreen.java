package org.onetrip.ui;

import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * One visit to a journey: its card step, then only that journey's own panels, with a way back.
 * Built for the visit and thrown away when the citizen leaves it.
 */
final class JourneyScreen extends VBox {

    JourneyScreen(Messages messages, ObservableValue<Optional<Journey>> journey,
            ObservableValue<IdentificationState> identification, ObservableValue<ProgressView> progress,
            Optional<ChooserPanel> chooser, Optional<CertificatePanel> certificates, Optional<FilingPanel> filing,
            Optional<PaymentPanel> payment, KioskShell shell) {
        setId("journey");
        getStyleClass().addAll("screen", "journey-screen");

        Label title = new BoundLabel(textOf(messages, journey, MessageKeys::title), "screen-title");
        Label step = new BoundLabel(messages.text("journey.stepLabel"), "step-label");
        Label firstStep = new BoundLabel(textOf(messages, journey, MessageKeys::firstStep), "step-text");
        firstStep.setId("first-step");
        VBox stepCard = new VBox(step, firstStep);
        stepCard.getStyleClass().add("step-card");

        CardOnReaderPicture picture = new CardOnReaderPicture();
        VBox.setVgrow(picture, Priority.ALWAYS);
        Button back = new Button();
        back.setId("back");
        back.textProperty().bind(messages.text("journey.back"));
        back.getStyleClass().add("secondary-button");
        back.setFocusTraversable(false);
        back.setOnAction(event -> shell.back());

        VBox identified = new VBox(new IdentificationPanel(messages, identification));
        getChildren().addAll(title, stepCard, identified);
        BooleanExpression listing = new SimpleBooleanProperty(false);
        if (journey.getValue().equals(Optional.of(Journey.CHECK_PROGRESS))) {
            ProgressPanel filings = new ProgressPanel(messages, progress);
            listing = filings.visibleProperty();
            getChildren().add(filings);
        }
        BooleanExpression filingShown = filing.<BooleanExpression>map(FilingPanel::visibleProperty)
                .orElse(new SimpleBooleanProperty(false));
        // choosing what to file follows the card on the filing journey, until filing starts
        BooleanBinding choosing = Bindings.createBooleanBinding(
                () -> chooser.isPresent() && journey.getValue().equals(Optional.of(Journey.FILE_APPLICATION))
                        && identification.getValue() instanceof IdentificationState.Identified
                        && !filingShown.get(),
                journey, identification, filingShown);
        chooser.ifPresent(panel -> {
            panel.visibleProperty().bind(choosing);
            panel.managedProperty().bind(choosing);
            VBox.setVgrow(panel, Priority.ALWAYS);
            getChildren().add(panel);
        });
        filing.ifPresent(panel -> {
            VBox.setVgrow(panel, Priority.ALWAYS);
            getChildren().add(panel);
        });
        certificates.ifPresent(panel -> {
            VBox.setVgrow(panel, Priority.ALWAYS);
            getChildren().add(panel);
        });
        payment.ifPresent(panel -> {
            VBox.setVgrow(panel, Priority.ALWAYS);
            getChildren().add(panel);
        });
        // paying needs no ID card: the panel is the whole journey
        BooleanExpression paying = new SimpleBooleanProperty(payment.isPresent());
        BooleanExpression printing = certificates.<BooleanExpression>map(CertificatePanel::visibleProperty)
                .orElse(new SimpleBooleanProperty(false));
        // once the next step shows, it takes the place of the card step and its picture
        BooleanBinding cardStep = listing.not().and(choosing.not()).and(printing.not())
                .and(filingShown.not()).and(paying.not());
        for (javafx.scene.Node cardOnly : java.util.List.of(picture, stepCard)) {
            cardOnly.visibleProperty().bind(cardStep);
            cardOnly.managedProperty().bind(cardStep);
        }
        // filing has its own way back at every step, and needs the room for its keyboard
        identified.visibleProperty().bind(filingShown.not().and(paying.not()));
        identified.managedProperty().bind(filingShown.not().and(paying.not()));
        back.visibleProperty().bind(filingShown.not());
        back.managedProperty().bind(filingShown.not());
        getChildren().addAll(picture, back);
    }

    private static StringBinding textOf(Messages messages, ObservableValue<Optional<Journey>> journey,
            java.util.function.Function<Journey, String> key) {
        return Bindings.createStringBinding(
                () -> journey.getValue().map(chosen -> messages.text(key.apply(chosen)).get()).orElse(""),
                journey, messages.language());
    }

}
