package org.onetrip.ui;

import java.time.Clock;
import java.util.Objects;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.onetrip.kiosk.maintenance.ScreenTap;

/**
 * The kiosk's window over its presentation models ({@link KioskModels}). The composition root
 * builds them and hands them in; nothing here is global, so a test can open as many windows as it
 * likes.
 *
 * <p>In kiosk mode the window is full screen, undecorated and always on top, and offers no way
 * out: close requests (Alt+F4) are refused, no key leaves full screen, and leaving full screen by
 * any other means is undone.
 */
public final class KioskWindow {

    /** The kiosk's portrait screen, and the largest size of the development window. */
    public static final double WIDTH = 1080;
    public static final double HEIGHT = 1920;
    static final String STYLESHEET = "/org/onetrip/ui/kiosk.css";

    private final KioskModels models;
    private final ShellSettings settings;
    private final Clock clock;

    /**
     * @param models what the screens show
     * @param clock the time shown on the screens
     */
    public KioskWindow(KioskModels models, ShellSettings settings, Clock clock) {
        this.models = Objects.requireNonNull(models, "models");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Builds the shell's scene on {@code stage} and shows it. Call on the FX thread.
     *
     * @param stage a stage that has never been shown, such as {@code new Stage()}
     * @throws IllegalArgumentException if the stage is showing: its window style is already fixed
     */
    public void show(Stage stage) {
        if (stage.isShowing()) {
            throw new IllegalArgumentException("the kiosk window needs a stage that has not been shown yet");
        }
        FxMirror mirror = new FxMirror();
        WallClock wallClock = new WallClock(clock);
        Rectangle2D size = windowSize();
        Scene scene = new Scene(new ShellView(models, settings, wallClock, mirror), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET).toExternalForm());
        // Mouse events are also synthesized from touches, so this hears every tap once.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, press -> models.shell().touch());
        // the technicians' hidden gesture is read from the same taps, as fractions of the screen
        models.maintenance().ifPresent(maintenance -> scene.addEventFilter(MouseEvent.MOUSE_PRESSED, press ->
                maintenance.entry().tap(new ScreenTap(press.getSceneX() / scene.getWidth(),
                        press.getSceneY() / scene.getHeight(), clock.instant()))));

        stage.setScene(scene);
        stage.setTitle(Messages.bundleFor(settings.defaultLanguage()).getString("window.title"));
        if (settings.kioskMode()) {
            lockDown(stage);
        }
        stage.setOnHidden(hidden -> {
            wallClock.stop();
            mirror.close();
        });
        wallClock.start();
        stage.show();
        if (settings.kioskMode()) {
            // Only once shown: some glass platforms (Monocle) need a focused window to go full screen.
            stage.setFullScreen(true);
        }
    }

    private Rectangle2D windowSize() {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return new Rectangle2D(0, 0, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
    }

    private static void lockDown(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(Event::consume);
        stage.fullScreenProperty().addListener((observable, was, now) -> {
            if (!now && stage.isShowing()) {
                stage.setFullScreen(true);
            }
        });
    }
}
