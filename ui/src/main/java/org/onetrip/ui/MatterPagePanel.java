package org.onetrip.ui;

import static org.onetrip.ui.JourneyControls.text;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.journey.MaterialNeed;
import org.onetrip.kiosk.journey.MatterPage;

/** A matter's page: everything to bring, all at once, with what the clerk will check. */
final class MatterPagePanel extends VBox {

    MatterPagePanel(Messages messages, MatterPage page) {
        setId("matter-page");
        getStyleClass().add("matter-page");
        java.util.Locale locale = messages.language().getValue().locale();

        Label title = text(page.choice().name().in(locale), "matter-title");
        title.setId("matter-title");
        Label facts = text(messages.resolve("matter.facts", page.department().in(locale),
                page.fee().isFree() ? messages.resolve("matter.free") : messages.resolve("matter.fee", page.fee().yuan().toPlainString()),
                page.promisedWorkingDays()), "matter-facts");
        getChildren().addAll(title, facts);
        if (!page.onlineAtKiosk()) {
            getChildren().add(text(messages.resolve("matter.counterOnly"), "matter-notice"));
        }
        getChildren().add(text(messages.resolve("matter.materials", page.materials().size()), "matter-subtitle"));
        int number = 1;
        for (MaterialNeed need : page.materials()) {
            getChildren().add(material(messages, locale, number++, need));
        }
    }

    private static VBox material(Messages messages, java.util.Locale locale, int number, MaterialNeed need) {
        VBox card = new VBox();
        card.getStyleClass().add("material-card");
        card.getChildren().add(text(number + ". " + need.material().name().in(locale), "material-name"));
        card.getChildren().add(text(messages.resolve("material.form." + need.material().form().name(),
                need.material().copies()), "material-detail"));
        card.getChildren().add(text(need.material().mustShow().in(locale), "material-detail"));
        card.getChildren().add(text(messages.resolve("material.reviewPoints") + " " + need.material().reviewPoints().stream()
                .map(point -> point.in(locale)).reduce((a, b) -> a + "；" + b).orElse(""), "material-review"));
        need.material().electronicLicenceType().ifPresent(type ->
                card.getChildren().add(text(messages.resolve("material.electronic"), "material-tag")));
        need.topUpDeadlineDays().ifPresent(days ->
                card.getChildren().add(text(messages.resolve("material.topUp", days), "material-tag")));
        need.commitmentText().ifPresent(text ->
                card.getChildren().add(text(messages.resolve("material.commitment"), "material-tag")));
        if (need.neededBy().size() > 1) {
            card.getChildren().add(text(messages.resolve("material.shared", need.neededBy().stream()
                    .map(name -> name.in(locale)).reduce((a, b) -> a + "、" + b).orElse("")), "material-detail"));
        }
        return card;
    }
}
