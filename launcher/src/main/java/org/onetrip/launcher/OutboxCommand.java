package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
final class OutboxCommand implements Command {

    /** The audit journal's actor for what a technician does from a shell. */
    static final String ACTOR = "technician:shell";
    private static final String USAGE = "usage: outbox [list] [--json] | outbox retry FILING | outbox export FILING"
            + " --to DIR   (each also [--config DIR] [--data DIR]; FILING: tracking number or submission id)";

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    OutboxCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public String summary() {
        return "[list] | retry FILING | export FILING --to DIR  filings set aside for failing: list, retry, export";
    }

    @Override
    public int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        String action = arguments.positional().orElse("list");
        Optional<String> filing = action.equals("list") ? Optional.empty() : arguments.positional();
        boolean json = arguments.flag("--json");
        Optional<Path> to = arguments.option("--to").map(Path::of);
        if (!List.of("list", "retry", "export").contains(action) || (!action.equals("list") && filing.isEmpty())
                || (action.equals("export") && to.isEmpty())) {
            throw new UsageException(USAGE);
        }
        Optional<ConfiguredKiosk> kiosk = ConfiguredKiosk.from(arguments, err);
        if (kiosk.isEmpty()) {
            return 2;
        }
        Path dataDir = kiosk.get().dataDirectory();
        try (Outbox outbox = Outbox.openForTechnician(dataDir, clock)) {
            return switch (action) {
                case "list" -> list(outbox, json);
                case "retry" -> retry(outbox, dataDir, filing.get());
                default -> export(outbox, dataDir, kiosk.get().configuration().kiosk().identity().id(), filing.get(),
                        to.get());
            };
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
