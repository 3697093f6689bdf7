package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of `./onetrip`: picocli reads the first word and hands the rest to its subcommand.
 * Every subcommand answers `--help`; a word it does not understand is named, its usage shown, and
 * the exit code is 2, whichever subcommand it is.
 */
public final class OneTrip {

    private static final Logger log = LoggerFactory.getLogger(OneTrip.class);

    private final CommandLine root;
    private final PrintStream out;
    private final PrintStream err;

    /** @param pinSource where `config hash-pin` reads the PIN */
    OneTrip(PrintStream out, PrintStream err, Supplier<char[]> pinSource) {
        this.out = out;
        this.err = err;
        root = new CommandLine(CommandSpec.create().name("onetrip"));
        root.getCommandSpec().usageMessage().customSynopsis("Usage: ./onetrip COMMAND [ARGS]");
        handParsed("demo", new KioskCommand(KioskCommand.Mode.DEMO, out, err));
        handParsed("run", new KioskCommand(KioskCommand.Mode.RUN, out, err));
        root.addSubcommand("config", new ConfigCommand(out, err, pinSource));
        handParsed("backend", new BackendCommand(out));
        root.addSubcommand("enrol", new EnrolCommand(out, err, System.getenv(), Clock.systemUTC()));
        root.addSubcommand("day", new DayCommand(out));
        handParsed("screens", new ScreensCommand(out));
        root.addSubcommand("audit", new AuditCommand(out, err));
        root.addSubcommand("outbox", new OutboxCommand(out, err, Clock.systemUTC()));
        handParsed("fleet", new FleetCommand(out, err, Clock.systemUTC()));
        root.addSubcommand("payments", new PaymentsCommand(out, err, Clock.systemUTC()));
        devices("diag", new DeviceCommands("diag", "self-tests: every configured device, or one device on a given port",
                DeviceRegistry.diagnoses(out), Optional.of(new KioskDiagnosis(out, err)::run), out));
        devices("sim", new DeviceCommands("sim", "run a device simulator on its own",
                DeviceRegistry.simulators(out), Optional.empty(), out));
        root.addSubcommand("completion", new CompletionCommand(() -> root, out));
        root.setExpandAtFiles(false); // a word starting with @ is a word, not a file of words
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
    }

    /** Only the given picocli command, read the same way as under `./onetrip` (for its tests). */
    OneTrip(PrintStream out, PrintStream err, Object command) {
        this.out = out;
        this.err = err;
        root = new CommandLine(CommandSpec.create().name("onetrip"));
        root.addSubcommand(command);
        root.setExpandAtFiles(false);
        root.setOut(new PrintWriter(out, true));
        root.setErr(new PrintWriter(err, true));
    }

    private void handParsed(String name, Command command) {
        root.addSubcommand(name, new CommandLine(new HandParsed(command).spec(name, false)));
    }

    private void devices(String name, Command command) {
        root.addSubcommand(name, new CommandLine(new HandParsed(command).spec(name, true)));
    }

    public static void main(String[] args) {
        // the reference backend answers on the JDK's HTTP server, which otherwise holds every
        // small answer back for the client's delayed acknowledgement (about 40 ms a call)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Supplier<char[]> pinFromTerminal = () -> ConfigCommand.readPin(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        System.exit(new OneTrip(System.out, System.err, pinFromTerminal).run(args));
    }

    int run(String[] args) {
        if (args.length == 0 || List.of("help", "-h", "--help").contains(args[0])) {
            printHelp();
            return args.length == 0 ? 2 : 0;
        }
        if (!root.getSubcommands().containsKey(args[0])) {
            err.println("onetrip: unknown command '" + args[0] + "'");
            printHelp();
            return 2;
        }
        CommandLine subcommand = root.getSubcommands().get(args[0]);
        try {
            ParseResult parsed = root.parseArgs(args).subcommand();
            subcommand = deepest(parsed).commandSpec().commandLine();
            if (CommandLine.printHelpIfRequested(root.getParseResult())) {
                return 0;
            }
            return run(deepest(parsed));
        } catch (ParameterException e) {
            return usageError(e.getCommandLine(), e.getMessage());
        } catch (UsageException e) {
            return usageError(subcommand, e.getMessage());
        } catch (Exception e) {
            log.error("onetrip {} failed", args[0], e);
            err.println("onetrip " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static ParseResult deepest(ParseResult parsed) {
        return parsed.hasSubcommand() ? deepest(parsed.subcommand()) : parsed;
    }

    private static int run(ParseResult parsed) throws Exception {
        Object command = parsed.commandSpec().userObject();
        if (command instanceof HandParsed handParsed) {
            List<String> words = parsed.matchedPositionals().isEmpty()
                    ? List.of() : List.copyOf(parsed.matchedPositionals().get(0).stringValues());
            return handParsed.run(words);
        }
        if (command instanceof Callable<?> callable) {
            Object code = callable.call();
            return code instanceof Integer exit ? exit : 0;
        }
        throw new UsageException("a COMMAND is needed; " + parsed.commandSpec().qualifiedName(" ") + " --help lists them");
    }

    /** The same for every subcommand: what was wrong, then how the command is used; exit 2. */
    private int usageError(CommandLine command, String message) {
        err.println(command.getCommandSpec().qualifiedName(" ") + ": " + message);
        if (command != root) {
            command.usage(err);
        }
        return 2;
    }

    private void printHelp() {
        out.println("Usage: ./onetrip COMMAND [ARGS]   (./onetrip COMMAND --help: one command's own)");
        out.println();
        root.getSubcommands().forEach((name, command) -> out.printf("  %-10s %s%n", name,
                String.join(" ", command.getCommandSpec().usageMessage().description())));
        out.printf("  %-10s %s%n", "test", "install what the tests need, then run every test");
        out.printf("  %-10s %s%n", "bench", "run the benchmarks and append the results to docs/BENCHMARKS.md");
        out.printf("  %-10s %s%n", "package", "build the Debian packages into launcher/target/debian");
        out.printf("  %-10s %s%n", "help", "this text");
    }
}
