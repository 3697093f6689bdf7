package org.onetrip.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.filing.FilingView;
import org.onetrip.kiosk.filing.MaterialNotice;
import org.onetrip.kiosk.filing.MaterialWork;
import org.onetrip.kiosk.material.MaterialItem;
import org.onetrip.kiosk.material.MaterialPage;
import org.onetrip.kiosk.material.MaterialState;
import org.onetrip.kiosk.observable.Subscription;

/**
 * The materials, each beside what the clerk checks: scan it (thumbnails, delete a page to retake
 * it), use the electronic licence the approval system holds (after consent), hand it in later or
 * sign a commitment instead where the matter allows (after reading the text). Follows the pages as
 * they arrive.
 */
final class MaterialsStep extends VBox {

    private static final double THUMBNAIL_HEIGHT = 150;

    private final Messages messages;
    private final FilingView.Materials view;
    private final FilingJourney journey;
    private final List<Subscription> following = new ArrayList<>();
    private final Map<String, Image> thumbnails = new HashMap<>();
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper();
    private Optional<Asking> asking = Optional.empty();
    private boolean refreshQueued;

    /** What the citizen is asked to agree to before a material is settled without a scan. */
    private record Asking(String materialCode, Kind kind) {
        enum Kind { LICENCE, LATER, COMMITMENT }
    }

    MaterialsStep(Messages messages, FilingView.Materials view, FilingJourney journey) {
        this.messages = messages;
        this.view = view;
        this.journey = journey;
        setId("filing-materials");
        getStyleClass().add("filing-step");
        for (MaterialItem item : view.checklist().items()) {
            following.add(item.pages().pages().subscribe(pages -> refreshSoon()));
            following.add(item.state().subscribe(state -> refreshSoon()));
        }
        show();
    }

    /** Whether every material is settled and nothing is under way: the way on is open. */
    ReadOnlyBooleanProperty settled() {
        return settled.getReadOnlyProperty();
    }

    /** A page brings a pages change and a state change: one redraw for both. */
    private synchronized void refreshSoon() {
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(() -> {
                synchronized (this) {
                    refreshQueued = false;
                }
                show();
            });
        }
    }

    /** Stops following the pages, when another step takes this one's place. */
    void close() {
        following.forEach(Subscription::cancel);
    }

    private void show() {
        Locale locale = messages.language().getValue().locale();
        settled.set(view.checklist().complete() && view.working().isEmpty());
        getChildren().clear();
        view.notice().ifPresent(notice -> {
            Label said = JourneyControls.text(noticeText(notice, locale), "materials-notice");
            said.setId("materials-notice");
            getChildren().add(said);
        });
        int number = 1;
        for (MaterialItem item : view.checklist().items()) {
            getChildren().add(card(item, number++, locale));
        }
    }

    private String noticeText(MaterialNotice notice, Locale locale) {
        String name = view.checklist().item(notice.materialCode()).material().name().in(locale);
        if (notice.kind() == MaterialNotice.Kind.SCANNER_STOPPED) {
            return "⚠ " + messages.resolve("materials.scanStopped." + notice.scanFailure().orElseThrow().name());
        }
        return messages.resolve("materials.notice." + notice.kind().name(), name, notice.pages());
    }

    private VBox card(MaterialItem item, int number, Locale locale) {
        VBox card = new VBox();
        card.setId("material-" + item.code());
        card.getStyleClass().addAll("material-card", "state-" + item.state().get().name().toLowerCase(Locale.ROOT));
        MaterialState state = item.state().get();
        Label title = JourneyControls.text(number + ". " + item.material().name().in(locale), "material-name");
        Label status = JourneyControls.text(statusText(item, state), "material-status");
        status.setId("status-" + item.code());
        card.getChildren().addAll(title, status,
                JourneyControls.text(item.material().mustShow().in(locale), "material-detail"),
                JourneyControls.text(messages.resolve("material.reviewPoints") + " " + item.reviewPoints().stream()
                        .map(point -> point.in(locale)).reduce((a, b) -> a + listSeparator(locale) + b).orElse(""),
                        "material-review"));
        if (item.shared()) {
            card.getChildren().add(JourneyControls.text(messages.resolve("materials.sharedOnce"), "material-detail"));
        }
        List<MaterialPage> pages = item.pages().pages().get();
        if (!pages.isEmpty()) {
            card.getChildren().add(thumbnails(item, pages));
        }
        Optional<MaterialWork> working = view.working().filter(work -> work.materialCode().equals(item.code()));
        if (working.isPresent()) {
            HBox busy = new HBox(16, new ProgressIndicator());
            if (working.get().kind() == MaterialWork.Kind.SCANNING) {
                busy.getChildren().addAll(JourneyControls.text(messages.resolve("materials.scanning"), "material-detail"),
                        JourneyControls.button(messages, "stop-scan", "materials.stopScan", "secondary-button",
                                journey::stopScanning));
            } else {
                busy.getChildren().add(JourneyControls.text(messages.resolve("materials.working"), "material-detail"));
            }
            card.getChildren().add(busy);
        } else if (asking.filter(ask -> ask.materialCode().equals(item.code())).isPresent()) {
            card.getChildren().add(agreement(item, asking.get().kind(), locale));
        } else if (view.working().isEmpty()) {
            card.getChildren().add(actions(item, state));
        }
        return card;
    }

    private static String listSeparator(Locale locale) {
        return locale.getLanguage().equals("zh") ? "；" : "; ";
    }

    private String statusText(MaterialItem item, MaterialState state) {
        switch (state) {
            case SCANNED:
                return "✓ " + messages.resolve("materials.state.SCANNED", item.pages().count());
            case NEEDS_ATTENTION:
                return "⚠ " + messages.resolve("materials.state.NEEDS_ATTENTION");
            case FETCHED:
                return "✓ " + messages.resolve("materials.state.FETCHED");
            case PROMISED:
                return "✓ " + messages.resolve("materials.state.PROMISED", item.dueBy().map(Object::toString).orElse(""));
            case COMMITTED:
                return "✓ " + messages.resolve("materials.state.COMMITTED");
            default:
                return "○ " + messages.resolve("materials.state.MISSING");
        }
    }

    private FlowPane thumbnails(MaterialItem item, List<MaterialPage> pages) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("material-pages");
        int index = 1;
        for (MaterialPage page : pages) {
            ImageView picture = new ImageView(thumbnails.computeIfAbsent(page.id(),
                    id -> new Image(new ByteArrayInputStream(page.thumbnail().png()))));
            picture.setPreserveRatio(true);
            picture.setFitHeight(THUMBNAIL_HEIGHT);
            VBox tile = new VBox(picture, JourneyControls.text(messages.resolve("materials.page", index)
                    + page.concerns().stream().map(concern -> " ⚠ " + messages.resolve("materials.concern." + concern.name()))
                            .reduce("", String::concat), "material-page-label"));
            Button delete = JourneyControls.button(messages, "delete-page-" + item.code() + "-" + index,
                    "materials.deletePage", "secondary-button", () -> journey.deletePage(item.code(), page.id()));
            tile.getChildren().add(delete);
            tile.getStyleClass().addAll("material-page", page.needsAttention() ? "needs-attention" : "good");
            row.getChildren().add(tile);
            index++;
        }
        return row;
    }

    private FlowPane actions(MaterialItem item, MaterialState state) {
        FlowPane actions = new FlowPane();
        actions.getStyleClass().add("material-actions");
        String code = item.code();
        boolean settledWithoutScan = state == MaterialState.FETCHED || state == MaterialState.PROMISED
                || state == MaterialState.COMMITTED;
        if (settledWithoutScan) {
            actions.getChildren().add(JourneyControls.button(messages, "withdraw-" + code, "materials.withdraw",
                    "secondary-button", () -> journey.withdraw(code)));
            return actions;
        }
        if (journey.canScan()) {
            actions.getChildren().add(JourneyControls.button(messages, "scan-" + code,
                    item.pages().count() == 0 ? "materials.scan" : "materials.scanMore", "primary-button",
                    () -> journey.scan(code)));
        }
        if (item.fetchable() && item.pages().count() == 0) {
            actions.getChildren().add(ask("licence-" + code, "materials.useLicence", code, Asking.Kind.LICENCE));
        }
        if (item.mayTopUpLater() && item.pages().count() == 0) {
            actions.getChildren().add(ask("later-" + code, "materials.later", code, Asking.Kind.LATER));
        }
        if (item.acceptsCommitment() && item.pages().count() == 0) {
            actions.getChildren().add(ask("commit-" + code, "materials.commit", code, Asking.Kind.COMMITMENT));
        }
        return actions;
    }

    private Button ask(String id, String key, String code, Asking.Kind kind) {
        return JourneyControls.button(messages, id, key, "secondary-button", () -> {
            asking = Optional.of(new Asking(code, kind));
            show();
        });
    }

    private VBox agreement(MaterialItem item, Asking.Kind kind, Locale locale) {
        String code = item.code();
        String words;
        Runnable agreed;
        if (kind == Asking.Kind.LICENCE) {
            words = messages.resolve("materials.consent", item.material().name().in(locale));
            agreed = () -> journey.fetchLicence(code);
        } else if (kind == Asking.Kind.LATER) {
            // the words recorded are the ones shown, in Chinese; the citizen's language explains them
            words = view.checklist().promiseText(code) + (locale.getLanguage().equals("zh") ? ""
                    : "\n" + messages.resolve("materials.laterText", item.material().name().in(locale),
                            view.checklist().dueDateIfLater(code)));
            agreed = () -> journey.promiseLater(code);
        } else {
            words = item.commitmentText().orElseThrow().in(locale);
            agreed = () -> journey.commitInstead(code);
        }
        Label text = JourneyControls.text(words, "agreement-text");
        text.setId("agreement-" + code);
        HBox answers = new HBox(16);
        Button agree = JourneyControls.button(messages, "agree-" + code, "materials.agree", "primary-button", () -> {
            asking = Optional.empty();
            // taken once: a second tap while the kiosk works on the first would ask the backend again
            answers.setDisable(true);
            agreed.run();
        });
        Button cancel = JourneyControls.button(messages, "disagree-" + code, "materials.disagree", "secondary-button",
                () -> {
                    asking = Optional.empty();
                    show();
                });
        answers.getChildren().addAll(agree, cancel);
        VBox box = new VBox(text, answers);
        box.getStyleClass().add("agreement");
        return box;
    }
}
