package org.onetrip.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.config.Configuration;
import org.onetrip.devices.idcard.diag.JsonWriter;
import org.onetrip.kiosk.health.DiagnosticReport;
import org.onetrip.kiosk.health.DiagnosticRun;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KeyFileException;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxException;
import org.onetrip.kiosk.outbox.SetAsideReport;
import org.onetrip.kiosk.supervision.KioskDatabaseException;
import org.onetrip.ui.KioskDevices;

/**
 * `./onetrip diag [--json] [--config DIR] [--data DIR]`: every configured device's self-test, headless, one
 * line (or JSON object) a device; exit 0 only when all passed. Run it with the kiosk stopped: a
 * running kiosk holds the devices' ports. Then a line tells where the kiosk's identity key is
 * held (whether hardware-protected) and until when its certificate is valid, another what checking
 * the audit journal found (as {@code ./onetrip audit verify} says it), and the outbox's lines how many
 * filings are pending and each filing set aside for failing (why, attempts, first and last try); none
 * of them changes the exit code.
 */
final class KioskDiagnosis {

    private final PrintStream out;
    private final PrintStream err;

    KioskDiagnosis(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        boolean json = arguments.flag("--json");
        Optional<ConfiguredKiosk> kiosk = ConfiguredKiosk.from(arguments, err);
        if (kiosk.isEmpty()) {
            return 2;
        }
        Configuration configuration = kiosk.get().configuration();
        Path dataDir = kiosk.get().dataDirectory();
        int exit;
        try (KioskDevices devices = new KioskDevices(configuration.kiosk(), dataDir, Clock.systemDefaultZone())) {
            DiagnosticReport report = new DiagnosticRun(devices.supervised(), DiagnosticRun.DEFAULT_TIMEOUT).run();
            (json ? report.jsonLines() : report.textLines()).forEach(out::println);
            exit = report.exitCode();
        }
        out.println(identity(dataDir, json));
        out.println(journal(dataDir.toAbsolutePath().normalize(), json));
        outbox(dataDir, json).forEach(out::println);
        return exit;
    }

    /** What checking the audit journal found, without changing it. */
    private static String journal(Path dataDir, boolean json) {
        try {
            Optional<ChainVerdict> verdict = AuditJournal.inspect(dataDir);
            return json ? JsonWriter.write(Map.of("journal", AuditCommand.facts(verdict, dataDir)))
                    : "journal: " + AuditCommand.text(verdict, dataDir);
        } catch (KeyFileException | KioskDatabaseException e) {
            return json ? JsonWriter.write(Map.of("journal", Map.of("intact", false, "message", e.getMessage())))
                    : "journal: cannot be checked: " + e.getMessage();
        }
    }
    /** How many filings are pending, and each one set aside for failing; nothing about who filed them. */
    private static List<String> outbox(Path dataDir, boolean json) {
        List<OutboxEntry> setAside;
        int pending;
        try (Outbox outbox = Outbox.openForTechnician(dataDir, Clock.systemUTC())) {
            setAside = outbox.setAside();
            pending = outbox.pendingCount();
        } catch (OutboxException e) {
            return List.of(json ? JsonWriter.write(Map.of("outbox", Map.of("message", e.getMessage())))
                    : "outbox: " + e.getMessage());
        }
        if (json) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("pending", pending);
            facts.put("setAside", setAside.stream().map(SetAsideReport::facts).toList());
            return List.of(JsonWriter.write(Map.of("outbox", facts)));
        }
        List<String> lines = new ArrayList<>();
        lines.add("outbox: " + pending + " pending, " + setAside.size() + " set aside"
                + (setAside.isEmpty() ? "" : " (retry or export: ./onetrip outbox retry|export FILING)"));
        setAside.stream().map(SetAsideReport::line).forEach(lines::add);
        return lines;
    }

    /** Where the identity key is held and until when its certificate is valid, without creating a key. */
    private static String identity(Path dataDir, boolean json) {
        IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDir.toAbsolutePath(), System.getenv());
        Map<String, Object> facts = new LinkedHashMap<>();
        String text;
        if (!KioskIdentityKey.isCreatedIn(keys.keysDirectory())) {
            facts.put("enrolled", false);
            facts.put("message", "no identity key in " + keys.keysDirectory() + "; enrol: ./onetrip enrol --code CODE");
            text = "identity: not enrolled, no identity key in " + keys.keysDirectory()
                    + " (./onetrip enrol --code CODE)";
        } else {
            try (KioskIdentityKey key = KioskIdentityKey.open(keys)) {
                Optional<X509Certificate> certificate = key.certificateChain().map(chain -> chain.get(0));
                facts.put("enrolled", certificate.isPresent());
                facts.put("hardwareProtected", key.hardwareProtected());
                facts.put("description", key.description());
                certificate.ifPresent(c -> {
                    facts.put("subject", c.getSubjectX500Principal().getName());
                    facts.put("certificateValidUntil", c.getNotAfter().toInstant().toString());
                });
                text = "identity: " + key.description() + "; " + certificate
                        .map(c -> "certificate " + c.getSubjectX500Principal().getName() + " valid until "
                                + c.getNotAfter().toInstant())
                        .orElse("no certificate yet (./onetrip enrol --code CODE)");
            } catch (RuntimeException e) {
                facts.put("enrolled", false);
                facts.put("message", "cannot open the identity key: " + e.getMessage());
                text = "identity: cannot open the identity key: " + e.getMessage();
            }
        }
        return json ? JsonWriter.write(Map.of("identity", facts)) : text;
    }
}
