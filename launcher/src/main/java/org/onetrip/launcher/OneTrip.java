package org.onetrip.launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Entry point of `./onetrip`: hands the first word to its subcommand. */
public final class OneTrip {

    private static final Logger log = LoggerFactory.getLogger(OneTrip.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    /** @param pinSource where `config hash-pin` reads the PIN */
    OneTrip(PrintStream out, PrintStream err, Supplier<char[]> pinSource) {
        this.out = out;
        this.err = err;
        commands.put("demo", new KioskCommand(KioskCommand.Mode.DEMO, out, err));
        commands.put("run", new KioskCommand(KioskCommand.Mode.RUN, out, err));
        commands.put("config", new ConfigCommand(out, err, pinSource));
        commands.put("backend", new BackendCommand(out));
        commands.put("enrol", new EnrolCommand(out, err, System.getenv(), Clock.systemUTC()));
        commands.put("day", new DayCommand(out));
        commands.put("screens", new ScreensCommand(out));
        commands.put("audit", new AuditCommand(out, err));
        commands.put("outbox", new OutboxCommand(out, err, Clock.systemUTC()));
        commands.put("fleet", new FleetCommand(out, err, Clock.systemUTC()));
        commands.put("payments", new PaymentsCommand(out, err, Clock.systemUTC()));
        commands.put("diag", new DeviceCommands("diag", "self-tests: every configured device, or one device on a given port",
                DeviceRegistry.diagnoses(out), Optional.of(new KioskDiagnosis(out, err)::run), out));
        commands.put("sim", new DeviceCommands("sim", "run a device simulator on its own",
                DeviceRegistry.simulators(out), Optional.empty(), out));
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
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("onetrip: unknown command '" + args[0] + "'");
            printHelp();
            return 2;
        }
        try {
            return command.run(List.copyOf(Arrays.asList(args).subList(1, args.length)));
        } catch (UsageException e) {
            err.println("onetrip " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (Exception e) {
            log.error("onetrip {} failed", args[0], e);
            err.println("onetrip " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private void printHelp() {
        out.println("Usage: ./onetrip COMMAND [ARGS]");
        out.println();
        commands.forEach((name, command) -> out.printf("  %-8s %s%n", name, command.summary()));
        out.printf("  %-8s %s%n", "test", "install what the tests need, then run every test");
        out.printf("  %-8s %s%n", "bench", "run the benchmarks and append the results to docs/BENCHMARKS.md");
        out.printf("  %-8s %s%n", "help", "this text");
    }
}
