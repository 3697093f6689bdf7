package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.outbox.ExportOutcome;
import org.onetrip.kiosk.outbox.FilingExport;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxException;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The technician's outbox over a remote shell, beside the maintenance screen:
 * {@code ./onetrip outbox [list] [--json]} lists the filings set aside for failing;
 * {@code ./onetrip outbox retry FILING} puts one back into the queue;
 * {@code ./onetrip outbox export FILING --to DIR} writes one, sealed as the kiosk keeps it, into
 * {@code DIR} for the hall to carry to the backend. {@code FILING} is the tracking number on the
 * receipt or the submission id; every option also takes {@code --config DIR} and {@code --data DIR}.
 * Retry and export are journalled in the audit journal, as {@code technician:shell}.
 *
 * <p>It may run beside the kiosk: a retried filing goes at the kiosk's next look at the outbox
 * (within 10 minutes, or at once on its next start).
 */
@Command(name = "outbox", subcommands = {OutboxCommand.ListSetAside.class, OutboxCommand.Retry.class,
        OutboxCommand.Export.class}, separator = " ",
        description = "[list] | retry FILING | export FILING --to DIR  filings set aside for failing: list, retry, export")
final class OutboxCommand implements Callable<Integer> {

    /** The audit journal's actor for what a technician does from a shell. */
    static final String ACTOR = "technician:shell";

    /** `--config DIR` and `--data DIR`, which every action takes. */
    static final class Kiosk {
        @Option(names = "--config", paramLabel = "DIR", description = "the configuration (default conf)")
        Path config = Path.of("conf");

        @Option(names = "--data", paramLabel = "DIR", description = "the kiosk's data (default: the configured one)")
        Path data;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Option(names = "--json", description = "list as one JSON object")
    boolean json;

    @Mixin
    Kiosk kiosk;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    OutboxCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** `outbox` alone lists, as `outbox list` does. */
    @Override
    public Integer call() {
        return open(kiosk, (outbox, dataDir, kioskId) -> list(outbox, json));
    }

    /** `outbox list [--json]`: how many are pending, and each filing set aside. */
    @Command(name = "list", separator = " ", description = "the pending count and every filing set aside")
    static final class ListSetAside implements Callable<Integer> {
        @ParentCommand
        OutboxCommand outbox;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Mixin
        Kiosk kiosk;

        @Override
        public Integer call() {
            return outbox.open(kiosk, (box, dataDir, kioskId) -> outbox.list(box, json || outbox.json));
        }
    }

    /** `outbox retry FILING`: a filing set aside back into the queue. */
    @Command(name = "retry", separator = " ", description = "put a filing set aside back into the queue")
    static final class Retry implements Callable<Integer> {
        @ParentCommand
        OutboxCommand outbox;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Parameters(index = "0", paramLabel = "FILING", description = "tracking number or submission id")
        String filing;

        @Mixin
        Kiosk kiosk;

        @Override
        public Integer call() {
            return outbox.open(kiosk, (box, dataDir, kioskId) -> outbox.retry(box, dataDir, filing));
        }
    }

    /** `outbox export FILING --to DIR`: a filing set aside, sealed, for the hall to carry. */
    @Command(name = "export", separator = " ", description = "export a filing set aside, sealed, into DIR")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        OutboxCommand outbox;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
        boolean help;

        @Parameters(index = "0", paramLabel = "FILING", description = "tracking number or submission id")
        String filing;

        @Option(names = "--to", paramLabel = "DIR", required = true, description = "where the sealed filing goes")
        Path to;

        @Mixin
        Kiosk kiosk;

        @Override
        public Integer call() {
            return outbox.open(kiosk, (box, dataDir, kioskId) -> outbox.export(box, dataDir, kioskId, filing, to));
        }
    }

    private interface Action {
        int on(Outbox outbox, Path dataDir, String kioskId);
    }

    private int open(Kiosk options, Action action) {
        Optional<ConfiguredKiosk> kiosk = ConfiguredKiosk.from(options.config, Optional.ofNullable(options.data), err);
        if (kiosk.isEmpty()) {
            return 2;
        }
        Path dataDir = kiosk.get().dataDirectory();
        try (Outbox outbox = Outbox.openForTechnician(dataDir, clock)) {
            return action.on(outbox, dataDir, kiosk.get().configuration().kiosk().identity().id());
        } catch (OutboxException e) {
            err.println("onetrip outbox: " + e.getMessage());
            return 1;
        }
    }

    private int list(Outbox outbox, boolean json) {
        List<OutboxEntry> setAside = outbox.setAside();
        if (json) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("pending", outbox.pendingCount());
            facts.put("setAside", setAside.stream().map(SetAsideReport::facts).toList());
            out.println(JsonWriter.write(facts));
        } else {
            out.println(outbox.pendingCount() + " pending, " + setAside.size() + " set aside");
            setAside.stream().map(SetAsideReport::line).forEach(out::println);
        }
        return 0;
    }

    private int retry(Outbox outbox, Path dataDir, String filing) {
        Optional<OutboxEntry> entry = outbox.find(filing).filter(e -> e.state() == OutboxState.SET_ASIDE);
        if (entry.isEmpty()) {
            err.println("onetrip outbox: no set-aside filing " + filing + " (./onetrip outbox lists them)");
            return 1;
        }
        String summary = SetAsideReport.summary(entry.get());
        if (!outbox.requeue(entry.get().submissionId())) {
            err.println("onetrip outbox: filing " + filing + " could not be put back into the queue");
            return 1;
        }
        journal(dataDir, AuditAction.OUTBOX_SET_ASIDE_RETRIED, summary);
        out.println(summary + " is back in the queue; the kiosk sends it at its next look at the outbox");
        return 0;
    }

    private int export(Outbox outbox, Path dataDir, String kioskId, String filing, Path folder) {
        String summary = outbox.find(filing).map(SetAsideReport::summary).orElse("filing " + filing);
        ExportOutcome outcome = new FilingExport(outbox, kioskId).exportTo(filing, folder);
        if (outcome instanceof ExportOutcome.Written written) {
            journal(dataDir, AuditAction.OUTBOX_SET_ASIDE_EXPORTED, summary + " to " + written.file().getFileName());
            out.println(summary + " exported, sealed, to " + written.file() + " (" + written.bytes() + " bytes)");
            out.println("at the backend: ./onetrip backend import " + written.file().getFileName() + " --data DIR");
            return 0;
        }
        ExportOutcome.Failed failed = (ExportOutcome.Failed) outcome;
        journal(dataDir, AuditAction.OUTBOX_SET_ASIDE_EXPORTED, summary + " failed: " + failed.reason());
        err.println("onetrip outbox: " + failed.message());
        return 1;
    }

    private void journal(Path dataDir, AuditAction action, String detail) {
        try (AuditJournal journal = AuditJournal.open(dataDir, clock)) {
            journal.record(ACTOR, action, detail);
        }
    }
}
