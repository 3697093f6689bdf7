package org.onetrip.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a scene shows as a PNG under target/screenshots, for people to look at. */
final class Screenshots {

    private static final Path FOLDER = Path.of("target", "screenshots");

    private final FxRobot robot;

    Screenshots(FxRobot robot) {
        this.robot = robot;
    }

    /** What the scene shows now, taken on the FX thread. */
    BufferedImage take(Scene scene) {
        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(scene.snapshot(null)));
        return SwingFXUtils.fromFXImage(snapshot.get(), null);
    }

    Path save(Scene scene, String name) {
        BufferedImage image = take(scene);
        Path file = FOLDER.resolve(name + ".png");
        try {
            Files.createDirectories(FOLDER);
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
