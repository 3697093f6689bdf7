package org.onetrip.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.onetrip.kiosk.maintenance.EntryStage;
import org.onetrip.kiosk.shell.DisplayPreferences;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Screen;

/**
 * The whole shell as one scene root: header, the current screen, the accessibility bar, and the
 * are-you-still-there overlay on top, and the take-your-card reminder over all. The look follows
 * the citizen's display preferences through the {@code :large-text}, {@code :high-contrast} and
 * {@code :elder} pseudo-classes of the root; voice guidance hears each screen's instruction.
 */
final class ShellView extends StackPane {

    static final PseudoClass LARGE_TEXT = PseudoClass.getPseudoClass("large-text");
    static final PseudoClass HIGH_CONTRAST = PseudoClass.getPseudoClass("high-contrast");
    static final PseudoClass ELDER = PseudoClass.getPseudoClass("elder");

    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    // kept for the window's life: nothing else holds the instruction binding
    private final SpokenInstructions instructions;

    ShellView(KioskModels models, ShellSettings settings, WallClock clock, FxMirror mirror) {
        KioskShell shell = models.shell();
        setId("kiosk-shell");
        getStyleClass().add("kiosk-shell");

        Messages messages = new Messages(mirror.of(shell.language()));
        HallName hallName = new HallName(settings, messages);
        ReadOnlyObjectProperty<Screen> screen = mirror.of(shell.screen());
        ReadOnlyObjectProperty<DisplayPreferences> display = mirror.of(shell.display());

        screens.put(Screen.ATTRACT, new AttractScreen(messages, clock, hallName));
        screens.put(Screen.HOME, new HomeScreen(messages, shell));
        JourneyArea journeys = new JourneyArea(models);
        journeys.show(shell.visit().get());
        mirror.of(shell.visit()).addListener((observable, before, now) -> journeys.show(now));
        screens.put(Screen.JOURNEY, journeys);
        screens.put(Screen.OUT_OF_SERVICE, new OutOfServiceScreen(messages, mirror.of(shell.availability())));
        content.getStyleClass().add("screen-area");

        BorderPane frame = new BorderPane(content);
        frame.setTop(new ShellHeader(messages, hallName, clock, screen));
        frame.setBottom(new AccessibilityBar(messages, display, mirror.of(models.voice().on()), shell, models.voice()));
        getChildren().addAll(frame, new EndingSoonOverlay(messages, mirror.of(shell.sessionState()), shell));
        instructions = new SpokenInstructions(messages, screen, mirror.of(shell.journey()), mirror.of(shell.sessionState()),
                models.voice());
        getChildren().add(new CardAwayOverlay(messages, mirror.of(models.cardAway()), models.voice()));
        models.cardLeftBehind().ifPresent(reminder ->
                getChildren().add(new CardReminderOverlay(mirror.of(reminder.reminder()), models.voice())));
        models.maintenance().ifPresent(maintenance -> addMaintenance(messages, mirror, maintenance));

        show(screen.get());
        screen.addListener((observable, before, now) -> show(now));
        showLook(display.get());
        display.addListener((observable, before, now) -> showLook(now));
    }

    /** The PIN pad after the hidden gesture, and the console over everything once it is open. */
    private void addMaintenance(Messages messages, FxMirror mirror, MaintenanceModels maintenance) {
        ReadOnlyObjectProperty<EntryStage> stage = mirror.of(maintenance.entry().stage());
        PinOverlay pin = new PinOverlay(messages, maintenance.entry(), maintenance.work());
        MaintenanceScreen console = new MaintenanceScreen(messages, maintenance.entry(), maintenance.console(),
                maintenance.work());
        pin.visibleProperty().bind(stage.isEqualTo(EntryStage.ASKING_PIN).or(stage.isEqualTo(EntryStage.ASKING_CARD)));
        console.visibleProperty().bind(stage.isEqualTo(EntryStage.OPEN));
        stage.addListener((observable, before, now) -> {
            if (now == EntryStage.OPEN) {
                console.refresh();
            } else if (now == EntryStage.ASKING_PIN || now == EntryStage.ASKING_CARD) {
                pin.asking(now);
            }
        });
        getChildren().addAll(pin, console);
    }

    private void show(Screen screen) {
        content.getChildren().setAll(screens.get(screen));
    }

    private void showLook(DisplayPreferences preferences) {
        pseudoClassStateChanged(LARGE_TEXT, preferences.largeText());
        pseudoClassStateChanged(HIGH_CONTRAST, preferences.highContrast());
        pseudoClassStateChanged(ELDER, preferences.elder());
    }
}
