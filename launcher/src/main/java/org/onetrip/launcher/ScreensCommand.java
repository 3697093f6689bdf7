package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.onetrip.day.ScreenGallery;
import org.onetrip.day.ScreenGallery.Language;
import org.onetrip.day.ScreenGallery.Look;
import org.onetrip.day.ScreenGallery.Shot;
import org.onetrip.day.ScreenGallery.Size;

/**
 * `./onetrip screens --out DIR`: every citizen and technician screen of the demo kiosk, drawn on
 * the headless screen in each size, language and look, as PNGs with an index.html to look at.
 */
final class ScreensCommand implements Command {

    /** The longest the kiosk may take to reach any one screen. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final PrintStream out;

    ScreensCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String summary() {
        return "--out DIR [--sizes 1080x1920,1920x1080] [--languages zh-CN,en] [--looks standard,elder]"
                + "  every screen of the demo kiosk as PNGs with an index.html";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Arguments arguments = new Arguments(args);
        Path dir = arguments.option("--out").map(Path::of).map(Path::toAbsolutePath)
                .orElseThrow(() -> new UsageException("--out DIR is needed: where the pictures go"));
        List<Size> sizes = chosen(arguments, "--sizes", Size.values(), size -> size.width() + "x" + size.height());
        List<Language> languages = chosen(arguments, "--languages", Language.values(), Language::label);
        List<Look> looks = chosen(arguments, "--looks", Look.values(), Look::label);
        Path config = arguments.option("--config").map(Path::of).orElse(Path.of("conf"));
        arguments.noneLeft();

        out.println("Drawing the demo kiosk's screens into " + dir);
        List<Shot> shots = new ScreenGallery(config, dir, BOUND, shot -> out.println("  " + shot.file()))
                .render(sizes, languages, looks);
        out.println(shots.size() + " screen(s); open " + dir.resolve("index.html"));
        return 0;
    }

    private static <T> List<T> chosen(Arguments arguments, String option, T[] all, Function<T, String> label) {
        return arguments.option(option).map(list -> Arrays.stream(list.split(",")).map(word -> Arrays.stream(all)
                .filter(value -> label.apply(value).equals(word)).findFirst()
                .orElseThrow(() -> new UsageException(option + " takes " + String.join(",",
                        Arrays.stream(all).map(label).toList()) + ", not " + word))).distinct().toList())
                .orElse(List.of(all));
    }
}
