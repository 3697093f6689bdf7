package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onetrip.day.BackendMode;
import org.onetrip.day.Day;
import org.onetrip.day.DayOptions;
import org.onetrip.day.DaySummary;

/**
 * `./onetrip day`: the demo kiosk on the headless screen, driven through one citizen session after
 * another chosen from a seed, checked after every step. Prints one JSON line per violation, then
 * the summary line; exits 0 only when no promise was broken.
 */
final class DayCommand implements Command {

    static final int DEFAULT_SESSIONS = 40;

    private final PrintStream out;

    DayCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public String summary() {
        return "--sessions N --seed S [--data DIR] [--backend online|offline|flaky] [--journeys file,print,progress,pay]"
                + " [--json]  a day of citizens at the demo kiosk, every promise checked";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Arguments arguments = new Arguments(args);
        int sessions = arguments.option("--sessions").map(DayCommand::count).orElse(DEFAULT_SESSIONS);
        long seed = arguments.option("--seed").map(DayCommand::seed).orElseGet(() -> new SecureRandom().nextLong());
        Optional<Path> data = arguments.option("--data").map(Path::of).map(Path::toAbsolutePath);
        BackendMode backend;
        try {
            backend = arguments.option("--backend").map(BackendMode::of).orElse(BackendMode.ONLINE);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path config = arguments.option("--config").map(Path::of).orElse(Path.of("conf"));
        Set<String> journeys = arguments.option("--journeys")
                .map(list -> Set.of(list.split(","))).orElse(DayOptions.ALL_JOURNEYS);
        boolean json = arguments.flag("--json");
        arguments.noneLeft();

        if (!json) {
            out.println("A day at the kiosk: " + sessions + " session(s), seed " + seed + ", backend "
                    + backend.name().toLowerCase(java.util.Locale.ROOT)
                    + data.map(dir -> ", data kept in " + dir).orElse(""));
        }
        DayOptions options;
        try {
            options = new DayOptions(sessions, seed, data, backend, config, true, journeys);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        DaySummary summary = new Day(options, violation -> {
            out.println(violation.toJson());
            if (!json) {
                out.println("  " + violation.inWords());
            }
        }).run();
        if (!json) {
            out.println(summary.inWords());
            if (summary.violations() > 0) {
                out.println("Replay: ./onetrip day --sessions " + sessions + " --seed " + seed + " --backend "
                        + backend.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        out.println(summary.toJson());
        return summary.violations() == 0 ? 0 : 1;
    }

    private static int count(String word) {
        try {
            int n = Integer.parseInt(word);
            if (n < 1) {
                throw new UsageException("--sessions takes a number from 1, not " + word);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--sessions takes a number from 1, not " + word);
        }
    }

    private static long seed(String word) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed takes a whole number, not " + word);
        }
    }
}
