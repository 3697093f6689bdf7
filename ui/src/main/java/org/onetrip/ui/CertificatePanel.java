package org.onetrip.ui;

import static org.onetrip.ui.JourneyControls.button;
import static org.onetrip.ui.JourneyControls.text;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.issuance.CertificateOffer;
import org.onetrip.kiosk.journey.CertificateJourney;
import org.onetrip.kiosk.journey.CertificateView;

/**
 * "Print a certificate" after the ID card: the certificates to choose from, the first page to
 * confirm, printing with progress, then take your pages, or in plain words why not.
 * Rebuilt from the model on every change.
 */
final class CertificatePanel extends VBox {

    private static final double PREVIEW_WIDTH = 620;

    private final Messages messages;
    private final ObservableValue<CertificateView> view;
    private final CertificateJourney journey;

    CertificatePanel(Messages messages, ObservableValue<CertificateView> view, CertificateJourney journey) {
        this.messages = messages;
        this.view = view;
        this.journey = journey;
        setId("certificates");
        getStyleClass().add("certificate-panel");
        show();
        view.addListener((observable, before, now) -> show());
        messages.language().addListener((observable, before, now) -> show());
    }

    private void show() {
        CertificateView now = view.getValue();
        boolean shown = !(now instanceof CertificateView.NotYet);
        setVisible(shown);
        setManaged(shown);
        getChildren().clear();
        Locale locale = messages.language().getValue().locale();
        if (now instanceof CertificateView.Loading) {
            getChildren().addAll(new ProgressIndicator(), text(messages.resolve("certificate.loading"), "journey-line"));
        } else if (now instanceof CertificateView.Choose choose) {
            showOffers(choose, locale);
        } else if (now instanceof CertificateView.Issuing issuing) {
            getChildren().addAll(new ProgressIndicator(),
                    text(messages.resolve("certificate.issuing", issuing.type().name().in(locale)), "journey-line"));
        } else if (now instanceof CertificateView.Preview preview) {
            ImageView page = new ImageView(SwingFXUtils.toFXImage(preview.page(), null));
            page.setId("certificate-preview");
            page.setPreserveRatio(true);
            page.setFitWidth(PREVIEW_WIDTH);
            ScrollPane scroll = new ScrollPane(page);
            scroll.getStyleClass().add("certificate-preview");
            VBox.setVgrow(scroll, Priority.ALWAYS);
            getChildren().addAll(
                    text(messages.resolve("certificate.previewTitle", preview.type().name().in(locale)), "journey-title"),
                    new HBox(16, button(messages, "certificate-confirm", "certificate.confirm", "primary-button",
                            journey::confirm), backToList()),
                    scroll);
        } else if (now instanceof CertificateView.Printing printing) {
            Label stage = text(messages.resolve("certificate.stage." + printing.stage().name()), "journey-line");
            stage.setId("certificate-stage");
            getChildren().addAll(new ProgressIndicator(),
                    text(messages.resolve("certificate.printing", printing.type().name().in(locale)), "journey-title"),
                    stage);
        } else if (now instanceof CertificateView.Printed printed) {
            Label done = text(messages.resolve("certificate.printed", printed.pages(), printed.verificationCode()),
                    "journey-done");
            done.setId("certificate-done");
            getChildren().addAll(done,
                    backToList());
        } else if (now instanceof CertificateView.NotIssued notIssued) {
            problem(messages.resolve("certificate.refusal." + notIssued.reason().name()));
        } else if (now instanceof CertificateView.NotPrinted notPrinted) {
            problem(messages.resolve("certificate.notPrinted." + notPrinted.reason().name()));
        }
    }

    private void showOffers(CertificateView.Choose choose, Locale locale) {
        getChildren().add(text(messages.resolve("certificate.choose"), "journey-title"));
        VBox list = new VBox();
        list.getStyleClass().add("certificate-offers");
        for (CertificateOffer offer : choose.offers()) {
            Button button = new Button(offer.type().name().in(locale) + "\n"
                    + (offer.available()
                            ? messages.resolve("certificate.today", offer.printedToday(), offer.dailyLimit())
                            : messages.resolve("certificate.refusal." + offer.unavailable().orElseThrow().name())));
            button.setId("offer-" + offer.type().code());
            button.getStyleClass().add("chooser-choice");
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setDisable(!offer.available());
            button.setOnAction(event -> journey.choose(offer.type()));
            list.getChildren().add(button);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private void problem(String advice) {
        Label said = text(advice, "journey-problem");
        said.setId("certificate-problem");
        getChildren().addAll(said, text(messages.resolve("certificate.nothingCounted"), "journey-line"),
                backToList());
    }

    private Button backToList() {
        return button(messages, "certificate-back", "certificate.backToList", "secondary-button", journey::backToList);
    }
}
