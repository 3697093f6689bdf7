package org.onetrip.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.journey.Choice;
import org.onetrip.kiosk.journey.ChooserState.Way;
import org.onetrip.kiosk.journey.ChooserState;
import org.onetrip.kiosk.journey.MatterChooser;
import org.onetrip.kiosk.journey.MatterPage;

/**
 * Choosing what to file, after the ID card: by department, by life event (the "one thing"
 * bundles first), or by search with the letter keyboard; then the chosen matter's page.
 * Rebuilt from the model on every change, so what shows is always what the model says.
 */
final class ChooserPanel extends VBox {

    private final Messages messages;
    private final ObservableValue<ChooserState> state;
    private final MatterChooser chooser;
    private final VBox body = new VBox();
    private final HBox ways = new HBox();
    private final ToggleGroup wayGroup = new ToggleGroup();
    private final VBox search = new VBox();
    private final Label query = new Label();
    private final Button backToList = new Button();

    private final Optional<FilingJourney> filing;

    /** @param filing where "start" on a matter's page leads, when the kiosk takes filings */
    ChooserPanel(Messages messages, ObservableValue<ChooserState> state, MatterChooser chooser,
            Optional<FilingJourney> filing) {
        this.messages = messages;
        this.filing = filing;
        this.state = state;
        this.chooser = chooser;
        setId("chooser");
        getStyleClass().add("chooser");

        ways.getStyleClass().add("chooser-ways");
        for (Way way : Way.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("way-" + way.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.textProperty().bind(messages.text("chooser.way." + way.name()));
            button.getStyleClass().add("chooser-way");
            button.setToggleGroup(wayGroup);
            button.setUserData(way);
            button.setFocusTraversable(false);
            button.setOnAction(event -> chooser.lookBy(way));
            ways.getChildren().add(button);
        }
        query.setId("search-query");
        query.getStyleClass().add("search-query");
        search.getChildren().addAll(query,
                new LetterKeyboard(messages, () -> chooser.state().get().query(), chooser::search));
        search.getStyleClass().add("chooser-search");

        backToList.setId("back-to-list");
        backToList.textProperty().bind(messages.text("chooser.backToList"));
        backToList.getStyleClass().add("secondary-button");
        backToList.setFocusTraversable(false);
        backToList.setOnAction(event -> chooser.backToList());

        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("progress-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        body.getStyleClass().add("chooser-body");
        getChildren().addAll(ways, search, backToList, scroll);
        show();
        state.addListener((observable, before, now) -> show());
        messages.language().addListener((observable, before, now) -> show());
    }

    private void show() {
        ChooserState now = state.getValue();
        Locale locale = messages.language().getValue().locale();
        wayGroup.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == now.way()));
        boolean searching = now.way() == Way.SEARCH && now.page().isEmpty();
        search.setVisible(searching);
        search.setManaged(searching);
        query.setText(now.query().isEmpty() ? messages.resolve("chooser.searchHint") : now.query());
        backToList.setVisible(now.page().isPresent());
        backToList.setManaged(now.page().isPresent());
        body.getChildren().clear();
        if (now.page().isPresent()) {
            MatterPage page = now.page().get();
            if (page.onlineAtKiosk() && filing.isPresent() && !filing.get().canFileNow(page.choice())) {
                Label notNow = JourneyControls.text("⚠ " + messages.resolve("filing.scannerDown"), "matter-notice");
                notNow.setId("cannot-file-now");
                body.getChildren().add(notNow);
            } else if (page.onlineAtKiosk() && filing.isPresent()) {
                Button start = new Button();
                start.setId("start-filing");
                start.textProperty().bind(messages.text("filing.start"));
                start.getStyleClass().add("primary-button");
                start.setFocusTraversable(false);
                start.setOnAction(event -> filing.get().start(page.choice()));
                body.getChildren().add(start);
            }
            body.getChildren().add(new MatterPagePanel(messages, page));
            return;
        }
        if (now.way() != Way.SEARCH && now.group().isEmpty()) {
            FlowPane groups = new FlowPane();
            groups.getStyleClass().add("chooser-groups");
            // two tiles a row on the kiosk's portrait screen
            groups.prefWrapLengthProperty().bind(body.widthProperty());
            for (ChooserState.Group group : now.groups()) {
                Button button = new Button(group.name().in(locale));
                button.setId("group-" + group.code());
                button.getStyleClass().add("chooser-group");
                button.setWrapText(true);
                button.setOnAction(event -> chooser.pickGroup(group.code()));
                groups.getChildren().add(button);
            }
            body.getChildren().add(groups);
            return;
        }
        for (Choice choice : now.choices()) {
            Button button = new Button(choice.name().in(locale));
            button.setId("choice-" + choice.code());
            button.getStyleClass().addAll("chooser-choice", choice instanceof Choice.OneThing ? "one-thing" : "one-matter");
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> chooser.choose(choice));
            body.getChildren().add(button);
        }
        if (now.choices().isEmpty() && !now.query().isEmpty()) {
            body.getChildren().add(new Label(messages.resolve("chooser.nothingFound")));
        }
    }
}
