package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.kiosk.keys.KeyFileException;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.supervision.KioskDatabaseException;

/**
 * `./onetrip audit verify [--data DIR] [--json]`: checks the kiosk's audit journal (in {@code DIR/kiosk.db}, its key
 * and remembered heads in {@code DIR-keys}) without changing anything, whether the kiosk runs or not. Prints that it is
 * intact, with its entries and head, or its first broken entry and how it breaks; exit 0 only when it is intact.
 * Without {@code --data}, the data directory configured in {@code conf/}.
 */
final class AuditCommand implements Command {

    private static final String USAGE = "audit verify [--data DIR] [--json]";

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public String summary() {
        return "verify [--data DIR] [--json]  check the audit journal: intact, or its first broken entry and how";
    }

    @Override
    public int run(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("verify")) {
            throw new UsageException("usage: ./onetrip " + USAGE);
        }
        Arguments arguments = new Arguments(args.subList(1, args.size()));
        boolean json = arguments.flag("--json");
        Optional<Path> data = arguments.option("--data").map(Path::of);
        arguments.noneLeft();
        Path dataDir = data.orElseGet(AuditCommand::configuredDataDirectory).toAbsolutePath().normalize();
        Optional<ChainVerdict> verdict;
        try {
            verdict = AuditJournal.inspect(dataDir);
        } catch (KeyFileException | KioskDatabaseException e) {
            err.println("Cannot check the audit journal in " + dataDir + ": " + e.getMessage());
            return 1;
        }
        out.println(json ? JsonWriter.write(facts(verdict, dataDir)) : "audit journal " + text(verdict, dataDir));
        return verdict.map(ChainVerdict::intact).orElse(false) ? 0 : 1;
    }

    /** One line: {@code intact: …} or {@code broken at entry …}, or that there is no journal. */
    static String text(Optional<ChainVerdict> verdict, Path dataDir) {
        return verdict.map(ChainVerdict::describe).orElse("absent: no entries in " + dataDir + " and no journal key in "
                + KioskSettings.keyDirectoryOf(dataDir));
    }

    /** The same as JSON members: {@code intact}, then {@code entries} and {@code head}, or {@code brokenAt}, {@code problem} and {@code message}. */
    static Map<String, Object> facts(Optional<ChainVerdict> verdict, Path dataDir) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("intact", verdict.map(ChainVerdict::intact).orElse(false));
        if (verdict.isEmpty()) {
            facts.put("problem", "ABSENT");
            facts.put("message", text(verdict, dataDir));
        } else if (verdict.get() instanceof ChainVerdict.Intact intact) {
            facts.put("entries", intact.entries());
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("sequence", intact.entries());
            head.put("hash", intact.head());
            facts.put("head", head);
        } else {
            ChainVerdict.Broken broken = (ChainVerdict.Broken) verdict.get();
            facts.put("brokenAt", broken.sequence());
            facts.put("problem", broken.problem().name());
            facts.put("how", broken.problem().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            facts.put("message", broken.message());
        }
        return facts;
    }

    private static Path configuredDataDirectory() {
        try {
            return new ConfigurationLoader().load(Path.of("conf")).kiosk().dataDirectory();
        } catch (InvalidConfigurationException e) {
            throw new UsageException("--data DIR is needed: conf/ holds no valid configuration to take it from");
        }
    }
}
