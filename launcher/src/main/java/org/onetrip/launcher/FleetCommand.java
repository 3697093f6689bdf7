package org.onetrip.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.onetrip.fleet.BrokerAddress;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.CommandName;
import org.onetrip.fleet.CommandReply;
import org.onetrip.fleet.FleetJson;
import org.onetrip.fleet.FleetOperator;
import org.onetrip.fleet.FleetRollout;
import org.onetrip.fleet.FleetWatch;
import org.onetrip.fleet.KioskRecord;
import org.onetrip.fleet.OperatorKey;
import org.onetrip.fleet.console.FleetConsole;
import org.onetrip.fleet.sim.FleetSimulation;

/**
 * {@code ./onetrip fleet ...}: the fleet operator's tools over an MQTT broker (docs/fleet.md).
 * <ul>
 *   <li>{@code keygen [--out FILE]}: the operator's signing key and its public half for the kiosks;</li>
 *   <li>{@code status --broker URL [--region R] [--json]}: one line (JSON object) per kiosk;</li>
 *   <li>{@code command --broker URL --kiosk ID [--key FILE] COMMAND [ARGS]}: a signed command and its
 *       acknowledgement, exit 3 when none comes within 15 s;</li>
 *   <li>{@code console --broker URL [--port N] [--key FILE]}: the fleet on a web page on loopback;</li>
 *   <li>{@code simulate --broker URL --kiosks N [--region R] --operator-key FILE}: simulated kiosks.</li>
 * </ul>
 * Every one takes {@code --user NAME --password-file FILE} for a development broker with passwords.
 */
final class FleetCommand implements Command {

    static final Path DEFAULT_KEY = Path.of("fleet-operator.jwk");
    static final Duration ACK_WITHIN = Duration.ofSeconds(15);
    private static final String USAGE = "usage: fleet keygen [--out FILE] | fleet status --broker URL [--region R] [--json]"
            + " | fleet rollout --broker URL --bundle FILE --canary N --step PERCENT [--halt-at PERCENT] [--key FILE]"
            + " | fleet rollout --broker URL --rollback [--key FILE]"
            + " | fleet command --broker URL --kiosk ID [--key FILE] COMMAND [ARGS] | fleet console --broker URL"
            + " [--port N] [--key FILE] | fleet simulate --broker URL --kiosks N [--region R] --operator-key FILE"
            + "   (COMMAND: " + CommandName.words() + ")";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final FleetJson json = new FleetJson();

    FleetCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "status | command | console | rollout | simulate | keygen  the kiosks of a fleet through an MQTT broker";
    }

    @Override
    public int run(List<String> args) throws Exception {
        Arguments arguments = new Arguments(args);
        String action = arguments.positional().orElseThrow(() -> new UsageException(USAGE));
        return switch (action) {
            case "keygen" -> keygen(arguments);
            case "status" -> status(arguments);
            case "command" -> command(arguments);
            case "console" -> console(arguments);
            case "simulate" -> simulate(arguments);
            case "rollout" -> rollout(arguments);
            default -> throw new UsageException(USAGE);
        };
    }

    private int keygen(Arguments arguments) {
        Path file = arguments.option("--out").map(Path::of).orElse(DEFAULT_KEY);
        arguments.noneLeft();
        if (Files.exists(file)) {
            err.println("onetrip fleet: " + file + " exists; an operator key is never overwritten");
            return 1;
        }
        OperatorKey key = OperatorKey.generate(json);
        Path pub = key.save(file);
        out.println("operator key " + key.keyId() + " in " + file + " (keep it to yourself)");
        out.println("its public half for every kiosk's fleet.operatorKey: " + pub);
        return 0;
    }

    private int status(Arguments arguments) throws Exception {
        BrokerClients brokers = brokers(arguments);
        Optional<String> region = arguments.option("--region");
        boolean asJson = arguments.flag("--json");
        arguments.noneLeft();
        try (FleetWatch watch = new FleetWatch(brokers, region, clock, json)) {
            startWithin(() -> watch.startAndWait(ACK_WITHIN), brokers);
            watch.awaitQuiet(Duration.ofMillis(700), Duration.ofSeconds(20));
            for (KioskRecord kiosk : watch.kiosks()) {
                out.println(asJson ? json.text(facts(kiosk)) : line(kiosk));
            }
            if (!asJson && watch.kiosks().isEmpty()) {
                err.println("no kiosk has reported to " + brokers.broker());
            }
        }
        return 0;
    }

    static Map<String, Object> facts(KioskRecord kiosk) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kiosk", kiosk.kiosk());
        facts.put("region", kiosk.place().region());
        facts.put("hall", kiosk.place().hall());
        facts.put("online", kiosk.online());
        facts.put("state", kiosk.state());
        facts.put("alerts", kiosk.alerts());
        facts.put("lastSeen", kiosk.lastSeen().toString());
        return facts;
    }

    private static String line(KioskRecord kiosk) {
        return String.format("%-12s %-7s %-14s %-20s alerts: %s", kiosk.kiosk(), kiosk.online() ? "online" : "offline",
                kiosk.state(), "lastSeen " + kiosk.lastSeen().toString().substring(11, 19),
                kiosk.alerts().isEmpty() ? "none" : String.join("; ", kiosk.alerts()));
    }

    private int command(Arguments arguments) throws Exception {
        BrokerClients brokers = brokers(arguments);
        String kioskId = arguments.option("--kiosk").orElseThrow(() -> new UsageException("--kiosk ID is required; " + USAGE));
        Path keyFile = arguments.option("--key").map(Path::of).orElse(DEFAULT_KEY);
        String word = arguments.positional().orElseThrow(() -> new UsageException(USAGE));
        CommandName name = CommandName.of(word).orElseThrow(() -> new UsageException("unknown command '" + word
                + "'; one of " + CommandName.words()));
        List<String> commandArguments = new java.util.ArrayList<>();
        for (int i = 0; i < name.arguments(); i++) {
            commandArguments.add(arguments.positional().orElseThrow(() -> new UsageException(
                    word + " needs " + (name == CommandName.SEND_LOGS ? "a URL" : "a VERSION"))));
        }
        arguments.noneLeft();
        OperatorKey key = OperatorKey.load(keyFile, json);
        long until = System.nanoTime() + ACK_WITHIN.toNanos();
        try (FleetWatch watch = new FleetWatch(brokers, Optional.empty(), clock, json);
                FleetOperator operator = new FleetOperator(brokers, key, clock, json)) {
            startWithin(() -> watch.startAndWait(ACK_WITHIN), brokers);
            startWithin(() -> operator.startAndWait(ACK_WITHIN), brokers);
            while (watch.kiosk(kioskId).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Optional<KioskRecord> kiosk = watch.kiosk(kioskId);
            if (kiosk.isEmpty()) {
                err.println("onetrip fleet: kiosk " + kioskId + " has never reported to " + brokers.broker());
                return 3;
            }
            if (!kiosk.get().online()) {
                err.println("kiosk " + kioskId + " is offline; the command waits at the broker no longer than its validity");
            }
            try {
                CommandReply reply = operator.send(kiosk.get().place(), name, commandArguments)
                        .get(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
                out.println(reply.line());
                return reply.done() ? 0 : 1;
            } catch (TimeoutException e) {
                err.println("onetrip fleet: no acknowledgement from " + kioskId + " within " + ACK_WITHIN.toSeconds() + " s");
                return 3;
            }
        }
    }

    private int console(Arguments arguments) throws Exception {
        BrokerClients brokers = brokers(arguments);
        int port = arguments.option("--port").map(FleetCommand::port).orElse(8470);
        Path keyFile = arguments.option("--key").map(Path::of).orElse(DEFAULT_KEY);
        arguments.noneLeft();
        Optional<OperatorKey> key = Files.exists(keyFile) ? Optional.of(OperatorKey.load(keyFile, json)) : Optional.empty();
        if (key.isEmpty()) {
            err.println("no operator key in " + keyFile + ": the console shows the fleet but sends no commands");
        }
        try (FleetWatch watch = new FleetWatch(brokers, Optional.empty(), clock, json);
                FleetOperator operator = key.isPresent() ? new FleetOperator(brokers, key.get(), clock, json) : null) {
            startWithin(() -> watch.startAndWait(ACK_WITHIN), brokers);
            if (operator != null) {
                startWithin(() -> operator.startAndWait(ACK_WITHIN), brokers);
            }
            try (FleetConsole console = FleetConsole.start(port, watch, Optional.ofNullable(operator), ACK_WITHIN, json)) {
                out.println("Fleet console at http://127.0.0.1:" + console.port() + "/ (Ctrl-C stops it)");
                awaitStop();
            }
        }
        return 0;
    }

    private int rollout(Arguments arguments) throws Exception {
        BrokerClients brokers = brokers(arguments);
        boolean rollback = arguments.flag("--rollback");
        Optional<Path> bundle = arguments.option("--bundle").map(Path::of);
        Optional<String> region = arguments.option("--region");
        int canary = arguments.option("--canary").map(FleetCommand::number).orElse(1);
        int step = arguments.option("--step").map(FleetCommand::number).orElse(25);
        int haltAt = arguments.option("--halt-at").map(FleetCommand::number).orElse(10);
        Path keyFile = arguments.option("--key").map(Path::of).orElse(DEFAULT_KEY);
        arguments.noneLeft();
        if (rollback == bundle.isPresent()) {
            throw new UsageException("either --bundle FILE or --rollback; " + USAGE);
        }
        FleetRollout.Plan plan = null;
        if (bundle.isPresent()) {
            if (!Files.isRegularFile(bundle.get())) {
                err.println("onetrip fleet: no bundle " + bundle.get());
                return 2;
            }
            try {
                plan = new FleetRollout.Plan(bundleVersion(bundle.get()), canary, step, haltAt);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        OperatorKey key = OperatorKey.load(keyFile, json);
        try (FleetWatch watch = new FleetWatch(brokers, region, clock, json);
                FleetOperator operator = new FleetOperator(brokers, key, clock, json)) {
            startWithin(() -> watch.startAndWait(ACK_WITHIN), brokers);
            startWithin(() -> operator.startAndWait(ACK_WITHIN), brokers);
            watch.awaitQuiet(Duration.ofMillis(700), Duration.ofSeconds(20));
            List<org.onetrip.fleet.KioskPlace> online = watch.kiosks().stream().filter(KioskRecord::online)
                    .map(KioskRecord::place).toList();
            if (online.isEmpty()) {
                err.println("onetrip fleet: no kiosk is online at " + brokers.broker());
                return 1;
            }
            FleetRollout rollout = new FleetRollout(operator, ACK_WITHIN, out::println);
            if (rollback) {
                return rollout.rollBack(online).values().stream().allMatch(CommandReply::done) ? 0 : 1;
            }
            FleetRollout.Outcome outcome = rollout.run(online, plan);
            if (outcome instanceof FleetRollout.Outcome.Halted halted) {
                out.println("HALTED at " + (halted.stage() == 1 ? "the canaries" : "stage " + halted.stage()) + ": "
                        + halted.failed().size() + " of " + halted.stageSize() + " failed (" + String.join("; ",
                        halted.failed()) + "); " + halted.applied() + " kiosk(s) run " + plan.version()
                        + "; ./onetrip fleet rollout --rollback returns them");
                return 1;
            }
            FleetRollout.Outcome.Completed done = (FleetRollout.Outcome.Completed) outcome;
            out.println("bundle " + plan.version() + " applied on " + done.applied() + " kiosk(s) in " + done.stages()
                    + " stage(s)" + (done.deferred() > 0 ? "; " + done.deferred() + " deferred (a citizen at the kiosk)" : ""));
            return 0;
        }
    }

    /** A bundle's version is its file name without the extension: conf-2026.12.1.zip is conf-2026.12.1. */
    static String bundleVersion(Path bundle) {
        String name = bundle.getFileName().toString();
        int dot = name.endsWith(".tar.gz") ? name.length() - 7 : name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private int simulate(Arguments arguments) throws Exception {
        BrokerClients brokers = brokers(arguments);
        int kiosks = arguments.option("--kiosks").map(FleetCommand::number)
                .orElseThrow(() -> new UsageException("--kiosks N is required; " + USAGE));
        String region = arguments.option("--region").orElse("sim");
        Path operatorKey = arguments.option("--operator-key").map(Path::of)
                .orElse(OperatorKey.publicFile(DEFAULT_KEY));
        long seed = arguments.option("--seed").map(Long::parseLong).orElse(1L);
        Duration stepEvery = Duration.ofSeconds(arguments.option("--step-every").map(FleetCommand::number).orElse(10));
        arguments.noneLeft();
        if (!Files.exists(operatorKey)) {
            err.println("onetrip fleet: no operator key " + operatorKey + " (./onetrip fleet keygen makes one;"
                    + " --operator-key FILE names another)");
            return 2;
        }
        Path spools = Files.createTempDirectory("onetrip-fleet-sim");
        try (FleetSimulation simulation = new FleetSimulation(brokers, OperatorKey.readKey(operatorKey), spools,
                new FleetSimulation.Settings(kiosks, region, stepEvery, 0.02, seed, Duration.ofMinutes(1)), clock)) {
            simulation.start();
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (simulation.connected() < kiosks && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            out.println(simulation.connected() + " of " + kiosks + " simulated kiosks connected to " + brokers.broker()
                    + " in region " + region + " (Ctrl-C stops them)");
            awaitStop();
        }
        return 0;
    }

    /** Waits for Ctrl-C (or the end of standard input when it is a pipe that closes). */
    private static void awaitStop() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
    }

    private interface Start {
        Object run() throws Exception;
    }

    private static void startWithin(Start start, BrokerClients brokers) throws Exception {
        try {
            start.run();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker " + brokers.broker() + " cannot be reached: "
                    + (e.getCause() == null ? e.toString() : e.getCause().getMessage()));
        }
    }

    private static BrokerClients brokers(Arguments arguments) throws IOException {
        String url = arguments.option("--broker").orElseThrow(() -> new UsageException("--broker URL is required"));
        Optional<String> user = arguments.option("--user");
        Optional<Path> passwordFile = arguments.option("--password-file").map(Path::of);
        BrokerAddress address;
        try {
            address = BrokerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        BrokerLogin login = new BrokerLogin.Anonymous();
        if (user.isPresent() != passwordFile.isPresent()) {
            throw new UsageException("--user and --password-file go together");
        }
        if (user.isPresent()) {
            login = new BrokerLogin.Password(user.get(), Files.readString(passwordFile.get(), StandardCharsets.UTF_8).strip());
        }
        try {
            return new BrokerClients(address, login);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("not a number: " + text);
        }
    }

    private static int port(String text) {
        int port = number(text);
        if (port < 0 || port > 65535) {
            throw new UsageException("a port is 0 to 65535, not " + text);
        }
        return port;
    }
}
