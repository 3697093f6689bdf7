package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.day.ScreenGallery.Language;
import org.onetrip.day.ScreenGallery.Look;
import org.onetrip.day.ScreenGallery.Shot;
import org.onetrip.day.ScreenGallery.Size;

/**
 * The gallery of the demo kiosk's screens, for the portrait screen in Chinese and the standard look:
 * every citizen and technician screen is drawn, each a picture of the whole screen with something
 * on it, and the index page shows them all.
 */
class ScreenGalleryTest {

    @TempDir
    Path out;

    @Test
    void everyScreenIsDrawnWithSomethingOnIt() throws Exception {
        List<Shot> told = new ArrayList<>();
        List<Shot> shots = new ScreenGallery(Path.of("..", "conf"), out, Duration.ofSeconds(60), told::add)
                .render(List.of(Size.PORTRAIT), List.of(Language.ZH), List.of(Look.STANDARD));

        assertThat(told).isEqualTo(shots);
        assertThat(shots).extracting(Shot::screen).contains("home", "id-card-prompt", "id-card-expired", "chooser",
                "matter-page", "form", "form-missing-answer", "materials", "delivery", "review", "receipt", "rating",
                "thanks", "certificate-list", "certificate-preview", "progress-list", "progress-empty",
                "maintenance-pin", "maintenance-console");
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        for (Shot shot : shots) {
            Path file = out.resolve(shot.file());
            assertThat(file).exists();
            assertThat(index).contains("src=\"" + shot.file() + "\"");
            BufferedImage picture = ImageIO.read(file.toFile());
            assertThat(picture.getWidth()).as(shot.file()).isEqualTo(1080);
            assertThat(picture.getHeight()).as(shot.file()).isEqualTo(1920);
            assertThat(colours(picture)).as("colours in " + shot.file()).isGreaterThan(20);
        }
    }

    /** How many colours the picture has, seen on a coarse grid: one or two for a blank screen. */
    private static int colours(BufferedImage picture) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < picture.getHeight(); y += 7) {
            for (int x = 0; x < picture.getWidth(); x += 7) {
                seen.add(picture.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
