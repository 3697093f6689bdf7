package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.payment.KioskOrder;
import org.onetrip.kiosk.payment.Mismatch;
import org.onetrip.kiosk.payment.PaymentLedger;
import org.onetrip.kiosk.payment.PaymentPlatformClient;
import org.onetrip.kiosk.payment.PaymentReconciliation;
import org.onetrip.kiosk.payment.PlatformAnswer;
import org.onetrip.kiosk.payment.PlatformContract.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ./onetrip payments reconcile --date YYYY-MM-DD [--json] [--config DIR] [--data DIR]}: the
 * kiosk's orders of that day (in the hall's zone) against the payment platform's daily statement,
 * every mismatch on a line of its own (paid but not delivered, refunded twice, unknown to one side,
 * ...). Exit 0 when they agree, 1 on any mismatch or when the statement cannot be fetched, 2 for a
 * usage error. The platform is reached as the kiosk reaches it, with its client certificate.
 */
@Command(name = "payments", subcommands = PaymentsCommand.Reconcile.class,
        description = "reconcile --date YYYY-MM-DD [--json]  the kiosk's payment orders against the platform's statement")
final class PaymentsCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    /** Fetches the platform's statement of a day for a configured kiosk. */
    interface StatementSource {
        PlatformAnswer<Statement> statement(ConfiguredKiosk kiosk, LocalDate day);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final StatementSource statements;

    PaymentsCommand(PrintStream out, PrintStream err, Clock clock) {
        this(out, err, clock, PaymentsCommand::fromThePlatform);
    }

    PaymentsCommand(PrintStream out, PrintStream err, Clock clock, StatementSource statements) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.statements = statements;
    }

    /** `payments reconcile`: one day's orders against the statement; changes nothing. */
    @Command(name = "reconcile", separator = " ", sortOptions = false,
            description = "the kiosk's orders of a day against the platform's daily statement; exit 1 on any mismatch")
    static final class Reconcile implements Callable<Integer> {

        @ParentCommand
        PaymentsCommand payments;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "the day, in the hall's zone")
        String date;

        @Option(names = "--json", description = "one JSON object instead of lines")
        boolean json;

        @Option(names = "--config", paramLabel = "DIR", description = "the configuration (default conf)")
        Path config = Path.of("conf");

        @Option(names = "--data", paramLabel = "DIR", description = "the kiosk's data (default: the configured one)")
        Path data;

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, was '" + date + "'");
            }
            return payments.reconcile(day, json, config, Optional.ofNullable(data));
        }
    }

    private int reconcile(LocalDate day, boolean json, Path config, Optional<Path> data) {
        Optional<ConfiguredKiosk> kiosk = ConfiguredKiosk.from(config, data, err);
        if (kiosk.isEmpty()) {
            return 2;
        }
        KioskSettings settings = kiosk.get().configuration().kiosk();
        ZoneId zone = settings.hall().timeZone();
        List<KioskOrder> orders;
        try (PaymentLedger ledger = PaymentLedger.open(kiosk.get().dataDirectory(), settings.identity().id(), clock,
                zone)) {
            orders = ledger.ofDay(day);
        }
        PlatformAnswer<Statement> answer = statements.statement(kiosk.get(), day);
        if (!(answer instanceof PlatformAnswer.Answered<Statement> statement)) {
            err.println("onetrip payments: the platform's statement for " + day + " could not be fetched: "
                    + (answer instanceof PlatformAnswer.Refused<Statement> r ? r.code() + " " + r.message()
                    : ((PlatformAnswer.Unanswered<Statement>) answer).reason()));
            return 1;
        }
        List<Mismatch> mismatches = PaymentReconciliation.compare(orders, statement.value());
        if (json) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("date", day.toString());
            facts.put("kioskOrders", orders.size());
            facts.put("platformOrders", statement.value().orders().size());
            facts.put("mismatches", mismatches.stream().map(PaymentsCommand::facts).toList());
            out.println(JsonWriter.write(facts));
        } else {
            out.println(day + ": " + orders.size() + " orders at the kiosk, " + statement.value().orders().size()
                    + " in the platform's statement, " + mismatches.size() + " mismatch"
                    + (mismatches.size() == 1 ? "" : "es"));
            mismatches.stream().map(Mismatch::line).forEach(out::println);
        }
        return mismatches.isEmpty() ? 0 : 1;
    }

    private static Map<String, Object> facts(Mismatch mismatch) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("kind", mismatch.kind().name());
        facts.put("orderNo", mismatch.orderNo());
        facts.put("kiosk", mismatch.kioskState());
        facts.put("platform", mismatch.platformState());
        facts.put("detail", mismatch.detail());
        return facts;
    }

    /**
     * From the platform beside the approval backend ({@code /pay/v1/} on the backend's host), as
     * the kiosk calls it: with its enrolled identity when it has one.
     */
    static PlatformAnswer<Statement> fromThePlatform(ConfiguredKiosk kiosk, LocalDate day) {
        KioskSettings settings = kiosk.configuration().kiosk();
        Path dataDir = kiosk.dataDirectory();
        IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDir.toAbsolutePath(), System.getenv());
        if (!KioskIdentityKey.isCreatedIn(keys.keysDirectory())) {
            return client(BackendConnection.from(settings)).statement(day);
        }
        try (KioskIdentityKey key = KioskIdentityKey.open(keys)) {
            return client(BackendConnection.from(settings, Optional.of(key))).statement(day);
        }
    }

    /** The payment platform's client on the approval backend's connection. */
    static PaymentPlatformClient client(BackendConnection backend) {
        return PaymentPlatformClient.besideApprovalBackend(backend);
    }
}
