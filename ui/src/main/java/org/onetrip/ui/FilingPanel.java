package org.onetrip.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.filing.FilingView;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * Filing an application after the matter's page: which step of four, the step itself, and the way
 * on and the way back. Rebuilt from the model whenever the step changes.
 */
final class FilingPanel extends VBox {

    private final Messages messages;
    private final ObservableValue<FilingView> view;
    private final FilingJourney journey;
    private final KioskShell shell;
    private final FieldEditing editing;
    private final OnScreenKeyboard keyboard;
    private final VoiceGuidance voice;
    private MaterialsStep materials;
    private String lastAnnounced = "";

    /**
     * @param keyboard shown under the form and delivery steps, typing into the field last tapped
     * @param voice    hears each step's instruction
     */
    FilingPanel(Messages messages, ObservableValue<FilingView> view, FilingJourney journey, KioskShell shell,
            OnScreenKeyboard keyboard, VoiceGuidance voice) {
        this.messages = messages;
        this.view = view;
        this.journey = journey;
        this.shell = shell;
        this.keyboard = keyboard;
        this.voice = voice;
        this.editing = (text, type) -> keyboard.attach(text, KeyboardLayout.forField(type));
        setId("filing");
        getStyleClass().add("filing-panel");
        show();
        view.addListener((observable, before, now) -> show());
        messages.language().addListener((observable, before, now) -> show());
    }

    private void show() {
        FilingView now = view.getValue();
        boolean shown = !(now instanceof FilingView.NotYet);
        setVisible(shown);
        setManaged(shown);
        if (materials != null) {
            materials.close();
            materials = null;
        }
        // the fields it typed into are about to go
        keyboard.detach();
        getChildren().clear();
        if (now instanceof FilingView.Working || now instanceof FilingView.Submitting) {
            getChildren().addAll(new ProgressIndicator(), JourneyControls.text(messages.resolve(
                    now instanceof FilingView.Working ? "filing.working" : "filing.submitting"), "journey-line"));
        } else if (now instanceof FilingView.Form form) {
            step(1, "filing.step.form", new FormStep(messages, form.form(), form.showProblems(), editing),
                    back("filing-abandon", "filing.abandon", journey::abandon),
                    next("to-materials", "filing.next", journey::toMaterials, false));
            getChildren().add(keyboard);
        } else if (now instanceof FilingView.Materials step) {
            materials = new MaterialsStep(messages, step, journey);
            Button next = next("to-delivery", "filing.next", journey::toDelivery, false);
            next.disableProperty().bind(materials.settled().not());
            step(2, "filing.step.materials", materials, back("filing-back", "filing.back", journey::back), next);
        } else if (now instanceof FilingView.Delivery delivery) {
            step(3, "filing.step.delivery", new DeliveryStep(messages, delivery.delivery(), delivery.showProblems(),
                    journey, editing), back("filing-back", "filing.back", journey::back),
                    next("to-review", "filing.next", journey::toReview, false));
            getChildren().add(keyboard);
        } else if (now instanceof FilingView.Review review) {
            step(4, "filing.step.review", new ReviewStep(messages, review),
                    back("filing-back", "filing.back", journey::back),
                    next("submit", "filing.submit", journey::submit, false));
        } else if (now instanceof FilingView.NotFiled notFiled) {
            Label said = JourneyControls.text("⚠ " + messages.resolve("filing.refused." + notFiled.reason().name()),
                    "journey-problem");
            said.setId("filing-problem");
            announce(said.getText());
            // a filing that may have been kept is not offered for submitting again
            boolean unconfirmed = notFiled.reason() == FilingRefused.UNCONFIRMED;
            HBox ways = new HBox(16, JourneyControls.button(messages, "filing-finish", "filing.finish",
                    "secondary-button", shell::finish));
            if (!unconfirmed) {
                ways.getChildren().add(0, back("filing-back", "filing.backToReview", journey::back));
            }
            getChildren().addAll(said, JourneyControls.text(messages.resolve(
                    unconfirmed ? "filing.seeStaff" : "filing.nothingKept"), "journey-line"), ways);
        } else if (now instanceof FilingView.Receipt receipt) {
            getChildren().add(scrolled(new ReceiptStep(messages, receipt, journey)));
            if (receipt.stage() != FilingView.ReceiptStage.PRINTING) {
                announce(messages.resolve(receipt.stage() == FilingView.ReceiptStage.PRINTED ? "receipt.printed"
                        : "receipt.failed." + receipt.failure().map(Enum::name).orElse("UNKNOWN")));
            }
        } else if (now instanceof FilingView.Thanks thanks) {
            Label done = JourneyControls.text(messages.resolve(thanks.receiptPrinted() ? "filing.thanks"
                    : "filing.thanksNoReceipt", thanks.trackingNumber()), "journey-done");
            done.setId("filing-thanks");
            announce(done.getText());
            getChildren().addAll(done, JourneyControls.button(messages, "filing-finish", "filing.finish",
                    "primary-button", shell::finish));
        }
    }

    private void step(int number, String titleKey, Node body, Button back, Button next) {
        Label title = JourneyControls.text(messages.resolve("filing.stepOf", number, 4, messages.resolve(titleKey)),
                "filing-step-title");
        title.setId("filing-step-title");
        String said = messages.resolve(titleKey + ".instruction");
        Label instruction = JourneyControls.text(said, "filing-instruction");
        instruction.setId("filing-instruction");
        // the steps below shrink first: the instruction is read whole
        instruction.setMinHeight(Region.USE_PREF_SIZE);
        announce(said);
        HBox nav = new HBox(16, back, next);
        nav.getStyleClass().add("filing-nav");
        getChildren().addAll(title, instruction, scrolled(body), nav);
    }

    /** Says a sentence once: a step redrawn for a notice or a toggle is not announced again. */
    private void announce(String sentence) {
        if (!sentence.equals(lastAnnounced)) {
            lastAnnounced = sentence;
            voice.announce(sentence);
        }
    }

    private static ScrollPane scrolled(Node body) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private Button back(String id, String key, Runnable action) {
        return JourneyControls.button(messages, id, key, "secondary-button", action);
    }

    private Button next(String id, String key, Runnable action, boolean disabled) {
        Button button = JourneyControls.button(messages, id, key, "primary-button", action);
        button.setDisable(disabled);
        return button;
    }
}
