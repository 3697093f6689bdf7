package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.onetrip.day.BackendMode;
import org.onetrip.day.Day;
import org.onetrip.day.DayOptions;
import org.onetrip.day.DaySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * `./onetrip day`: the demo kiosk on the headless screen, driven through one citizen session after
 * another chosen from a seed, checked after every step. Prints one JSON line per violation, then
 * the summary line; exits 0 only when no promise was broken.
 */
@Command(name = "day", separator = " ", sortOptions = false, sortSynopsis = false,
        description = "--sessions N --seed S [--data DIR] [--backend online|offline|flaky]"
                + " [--journeys file,print,progress,pay] [--json]  a day of citizens at the demo kiosk,"
                + " every promise checked")
final class DayCommand implements Callable<Integer> {

    static final int DEFAULT_SESSIONS = 40;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Option(names = "--sessions", paramLabel = "N", description = "citizen sessions, from 1 (default 40)")
    int sessions = DEFAULT_SESSIONS;

    @Option(names = "--seed", paramLabel = "S", description = "the seed the sessions are chosen from (default: a fresh one, printed)")
    Long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "keep the kiosk's data there (default: a fresh temporary directory)")
    Path data;

    @Option(names = "--backend", paramLabel = "online|offline|flaky", converter = BackendModes.class,
            description = "how the reference backend answers (default online)")
    BackendMode backend = BackendMode.ONLINE;

    @Option(names = "--config", paramLabel = "DIR", description = "the configuration (default conf)")
    Path config = Path.of("conf");

    @Option(names = "--journeys", paramLabel = "file,print,progress,pay", split = ",",
            description = "the journeys the citizens take (default all)")
    List<String> journeys;

    @Option(names = "--json", description = "only the JSON lines")
    boolean json;

    private final PrintStream out;

    DayCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        if (sessions < 1) {
            throw new ParameterException(spec.commandLine(), "--sessions takes a number from 1, not " + sessions);
        }
        long seed = this.seed != null ? this.seed : new SecureRandom().nextLong();
        Optional<Path> data = Optional.ofNullable(this.data).map(Path::toAbsolutePath);
        if (!json) {
            out.println("A day at the kiosk: " + sessions + " session(s), seed " + seed + ", backend "
                    + backend.name().toLowerCase(Locale.ROOT)
                    + data.map(dir -> ", data kept in " + dir).orElse(""));
        }
        DayOptions options;
        try {
            options = new DayOptions(sessions, seed, data, backend, config, true,
                    journeys == null ? DayOptions.ALL_JOURNEYS : Set.copyOf(journeys));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
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
                        + backend.name().toLowerCase(Locale.ROOT));
            }
        }
        out.println(summary.toJson());
        return summary.violations() == 0 ? 0 : 1;
    }

    /** `--backend WORD`, refused with the words it takes. */
    static final class BackendModes implements ITypeConverter<BackendMode> {
        @Override
        public BackendMode convert(String word) {
            try {
                return BackendMode.of(word);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
