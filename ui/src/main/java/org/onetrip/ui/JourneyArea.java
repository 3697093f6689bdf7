package org.onetrip.ui;

import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.StackPane;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.JourneyVisit;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * Where the journey screen goes. Every opening of a journey builds its screen afresh with only
 * that journey's controls, and leaving it throws the screen away with everything it held (lists,
 * previews, search text, keyboards, scroll positions) and stops it following the models, so
 * nothing of one journey, or one citizen, is shown or reachable in the next.
 */
final class JourneyArea extends StackPane {

    private final KioskModels models;
    private Optional<JourneyVisit> shown = Optional.empty();
    private FxMirror following = new FxMirror();
    /** What leaving the shown visit must end: a payment not yet paid is cancelled. */
    private Runnable leaving = () -> { };

    JourneyArea(KioskModels models) {
        this.models = models;
        getStyleClass().add("journey-area");
    }

    /** Shows the screen of this visit; a new visit, even of the same journey, starts clean. */
    void show(Optional<JourneyVisit> visit) {
        if (visit.equals(shown)) {
            return;
        }
        shown = visit;
        following.close();
        leaving.run();
        leaving = () -> { };
        getChildren().clear();
        following = new FxMirror();
        visit.ifPresent(opened -> getChildren().add(screenOf(opened.journey(), following)));
    }

    private JourneyScreen screenOf(Journey journey, FxMirror mirror) {
        KioskShell shell = models.shell();
        Messages messages = new Messages(mirror.of(shell.language()));
        boolean filing = journey == Journey.FILE_APPLICATION;
        Optional<PaymentPanel> payment = models.payments().filter(payments -> journey == Journey.PAY)
                .map(payments -> {
                    PaymentJourney paying = payments.get();
                    // a citizen who leaves before the platform says paid pays nothing
                    leaving = paying::cancel;
                    return new PaymentPanel(messages, mirror.of(paying.view()), paying,
                            new OnScreenKeyboard(messages, models.chineseInput()));
                });
        return new JourneyScreen(messages, new SimpleObjectProperty<>(Optional.of(journey)),
                mirror.of(models.identification()),
                journey == Journey.CHECK_PROGRESS ? mirror.of(models.progress())
                        : new SimpleObjectProperty<>(new ProgressView.NotYet()),
                models.chooser().filter(chooser -> filing)
                        .map(chooser -> new ChooserPanel(messages, mirror.of(chooser.state()), chooser, models.filing())),
                models.certificates().filter(certificates -> journey == Journey.PRINT_CERTIFICATE)
                        .map(certificates -> new CertificatePanel(messages, mirror.of(certificates.view()), certificates)),
                models.filing().filter(journeyModel -> filing)
                        .map(journeyModel -> new FilingPanel(messages, mirror.of(journeyModel.view()), journeyModel, shell,
                                new OnScreenKeyboard(messages, models.chineseInput()), models.voice())),
                payment, shell);
    }
}
