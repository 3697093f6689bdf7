package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.ApprovalContract.KioskKey;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditEntry;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.outbox.AttemptFailure;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.OutboxState;
import org.onetrip.kiosk.outbox.SetAsideCause;
import org.onetrip.kiosk.submission.Applicant;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRequest;
import org.onetrip.kiosk.submission.ScannedMaterial;
import org.onetrip.kiosk.submission.SubmissionRuntime;

/**
 * A set-aside filing from a remote shell: `./onetrip diag` and `./onetrip outbox` show it, `outbox
 * export` writes it for the hall to carry, `backend import` files it once, `outbox retry` puts it
 * back into the queue; the kiosk's audit journal has each action.
 */
class OutboxCommandTest {

    private static final Path SHIPPED = Path.of("../conf");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ReferenceBackend backend;
    private Path data;
    private String tracking;

    @BeforeEach
    void setAsideOneFiling() {
        backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, dir.resolve("backend"));
        data = dir.resolve("data");
        try (SubmissionRuntime kiosk = SubmissionRuntime.start(SubmissionRuntime.Options.defaults(data,
                KioskSettings.keyDirectoryOf(data), Set.of(backend.sealingKeys().current().kid()),
                BackendConnection.plain(backend.baseUri(), "SZ-NS-0001", Duration.ofSeconds(5))))) {
            kiosk.worker().stop(Duration.ofSeconds(5));
            SigningKey key = kiosk.signingKey();
            kiosk.client().enrolKey(new KioskKey(key.keyId(), SigningKey.ALGORITHM,
                    Base64.getEncoder().encodeToString(key.publicKeyDer()), null)).orElseThrow();
            FilingOutcome.Filed filed = (FilingOutcome.Filed) kiosk.desk().file(new FilingRequest(List.of("GAJ-SFZBL"),
                    Optional.empty(), Map.of("reason", "遗失"), new Applicant("110101198503121239", "张伟", Optional.empty()),
                    List.of(new ScannedMaterial("M-1", "material-1.pdf", 1, new byte[3_000])), List.of(), List.of(),
                    Instant.now()));
            for (int attempt = 0; attempt < 3; attempt++) {
                kiosk.outbox().markUploading(filed.submissionId());
                kiosk.outbox().recordFailedAttempt(filed.submissionId(), "upload answered 413 without an error body",
                        AttemptFailure.REFUSED);
            }
            kiosk.outbox().setAside(filed.submissionId(), SetAsideCause.REFUSED_AS_SENT);
            tracking = filed.trackingNumber();
        }
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0]).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aSetAsideFilingIsListedExportedImportedOnceAndRetriedFromTheShell() throws Exception {
        assertThat(run("diag", "--config", SHIPPED.toString(), "--data", data.toString())).isZero();
        assertThat(out()).contains("outbox: 0 pending, 1 set aside", "set-aside tracking=" + tracking,
                "cause=REFUSED_AS_SENT attempts=3", "lastError=\"upload answered 413 without an error body\"")
                .doesNotContain("张", "110101198503121239");

        assertThat(run("outbox", "--json", "--config", SHIPPED.toString(), "--data", data.toString())).isZero();
        assertThat(out()).startsWith("{\"pending\":0,\"setAside\":[{\"tracking\":\"" + tracking + "\"");

        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(run("outbox", "export", tracking, "--to", usb.toString(), "--config", SHIPPED.toString(),
                "--data", data.toString())).isZero();
        Path exported = usb.resolve("onetrip-filing-" + tracking + ".zip");
        assertThat(exported).exists();

        assertThat(run("backend", "import", exported.toString(), "--data", dir.resolve("backend").toString())).isZero();
        assertThat(out()).startsWith("filed: " + tracking);
        assertThat(run("backend", "import", exported.toString(), "--data", dir.resolve("backend").toString())).isZero();
        assertThat(out()).startsWith("already filed: " + tracking);

        assertThat(run("outbox", "retry", tracking, "--config", SHIPPED.toString(), "--data", data.toString())).isZero();
        assertThat(run("outbox", "retry", tracking, "--config", SHIPPED.toString(), "--data", data.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no set-aside filing " + tracking);
        try (Outbox outbox = Outbox.openForTechnician(data, Clock.systemUTC())) {
            assertThat(outbox.find(tracking).orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
        }
        try (AuditJournal journal = AuditJournal.open(data, Clock.systemUTC())) {
            assertThat(journal.latest(5)).extracting(AuditEntry::actor, AuditEntry::action).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(OutboxCommand.ACTOR, AuditAction.OUTBOX_SET_ASIDE_RETRIED),
                    org.assertj.core.groups.Tuple.tuple(OutboxCommand.ACTOR, AuditAction.OUTBOX_SET_ASIDE_EXPORTED),
                    org.assertj.core.groups.Tuple.tuple("kiosk", AuditAction.JOURNAL_KEYED));
        }
    }

    @Test
    void aWrongFilingOrAMissingOptionIsAClearAnswer() {
        assertThat(run("outbox", "retry", "SZ-NS-0001-19990101-0001", "--config", SHIPPED.toString(),
                "--data", data.toString())).isEqualTo(1);
        assertThat(run("outbox", "export", tracking, "--config", SHIPPED.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("onetrip outbox export: Missing required option",
                "--to", "Usage: onetrip outbox export");
        assertThat(run("outbox", "--data", dir.resolve("nowhere").toString(), "--config", SHIPPED.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no outbox in");
    }
}
