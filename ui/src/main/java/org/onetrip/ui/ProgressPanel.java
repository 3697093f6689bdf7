package org.onetrip.ui;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.journey.FilingRow;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.shell.Language;

/**
 * The citizen's filings after the ID card step of "check my progress": each with its number,
 * what was filed, its state in words (and a colour, never alone) and the promised date. Says so
 * when only the kiosk's own records could be shown. Rebuilt on every change of view or language.
 */
final class ProgressPanel extends VBox {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Messages messages;
    private final ObservableValue<ProgressView> progress;

    ProgressPanel(Messages messages, ObservableValue<ProgressView> progress) {
        this.messages = messages;
        this.progress = progress;
        setId("progress");
        getStyleClass().add("progress-panel");
        show();
        progress.addListener((observable, before, now) -> show());
        messages.language().addListener((observable, before, now) -> show());
    }

    private void show() {
        ProgressView view = progress.getValue();
        boolean shown = !(view instanceof ProgressView.NotYet);
        setVisible(shown);
        setManaged(shown);
        getChildren().clear();
        if (view instanceof ProgressView.Loading) {
            getChildren().add(new Label(messages.resolve("progress.loading")));
        } else if (view instanceof ProgressView.Filings filings) {
            showFilings(filings);
        }
    }

    private void showFilings(ProgressView.Filings filings) {
        Label heading = new Label(messages.resolve("progress.heading", filings.rows().size()));
        heading.getStyleClass().add("progress-heading");
        heading.setId("progress-heading");
        getChildren().add(heading);
        if (filings.onlyThisKiosk()) {
            Label notice = new Label(messages.resolve("progress.onlyThisKiosk"));
            notice.getStyleClass().add("progress-notice");
            notice.setId("progress-notice");
            notice.setWrapText(true);
            getChildren().add(notice);
        }
        if (filings.nothingFiled()) {
            Label none = new Label(messages.resolve("progress.none"));
            none.getStyleClass().add("progress-none");
            none.setId("progress-none");
            none.setWrapText(true);
            getChildren().add(none);
            return;
        }
        VBox rows = new VBox();
        rows.getStyleClass().add("progress-rows");
        filings.rows().forEach(row -> rows.getChildren().add(card(row)));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private VBox card(FilingRow row) {
        Language language = messages.language().getValue();
        Label what = new Label(row.what().stream().map(text -> text.in(language.locale())).collect(Collectors.joining("、")));
        what.getStyleClass().add("filing-what");
        what.setWrapText(true);
        Label stage = new Label(messages.resolve("progress.stage." + row.stage().name()));
        stage.getStyleClass().addAll("filing-stage", "stage-" + row.stage().name().toLowerCase(java.util.Locale.ROOT));
        stage.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(what, gap, stage);
        top.getStyleClass().add("filing-top");

        Label number = new Label(messages.resolve("progress.number", row.number()));
        number.getStyleClass().add("filing-detail");
        number.setId("filing-number");
        VBox card = new VBox(top, number);
        row.acceptanceNumber().ifPresent(accepted -> card.getChildren().add(
                detail(messages.resolve("progress.acceptanceNumber", accepted))));
        row.promisedDate().ifPresent(date -> card.getChildren().add(
                detail(messages.resolve("progress.promised", DATE.format(date)))));
        row.reason().ifPresent(reason -> card.getChildren().add(detail(messages.resolve("progress.reason", reason))));
        card.getStyleClass().add("filing-card");
        return card;
    }

    private static Label detail(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("filing-detail");
        label.setWrapText(true);
        return label;
    }
}
