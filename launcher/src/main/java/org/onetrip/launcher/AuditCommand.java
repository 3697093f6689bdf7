package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.InvalidConfigurationException;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.kiosk.keys.KeyFileException;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.supervision.KioskDatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * `./onetrip audit verify [--data DIR] [--json]`: checks the kiosk's audit journal (in {@code DIR/kiosk.db}, its key
 * and remembered heads in {@code DIR-keys}) without changing anything, whether the kiosk runs or not. Prints that it is
 * intact, with its entries and head, or its first broken entry and how it breaks; exit 0 only when it is intact.
 * Without {@code --data}, the data directory configured in {@code conf/}.
 */
@Command(name = "audit", subcommands = AuditCommand.Verify.class,
        description = "verify [--data DIR] [--json]  check the audit journal: intact, or its first broken entry and how")
final class AuditCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;

    AuditCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** `audit verify`: reads the journal, changes nothing. */
    @Command(name = "verify", separator = " ", description = "check the audit journal without changing it;"
            + " exit 0 only when intact")
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Option(names = "--data", paramLabel = "DIR",
                description = "the kiosk's data directory (default: the one configured in conf/)")
        Path data;

        @Option(names = "--json", description = "one JSON object instead of a line")
        boolean json;

        @Override
        public Integer call() {
            return audit.verify(Optional.ofNullable(data), json);
        }
    }

    private int verify(Optional<Path> data, boolean json) {
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
