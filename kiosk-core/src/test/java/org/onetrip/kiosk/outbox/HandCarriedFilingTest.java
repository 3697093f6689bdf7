package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;
import org.onetrip.backend.submission.FilingImport;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * A set-aside filing exported at the kiosk, sealed, is filed by the backend from the file exactly
 * once: a second import and the kiosk's later delivery are both answered with the same acceptance
 * number. A file changed on the way, or forged without the kiosk's signing key, files nothing.
 */
class HandCarriedFilingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RunningBackend backend;
    private SubmissionRuntime kiosk;
    private OutboxWatch watch;
    private String stuck;
    private Path usb;

    @BeforeEach
    void setAsideOneFiling() throws Exception {
        backend = new RunningBackend(dir.resolve("backend"));
        kiosk = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("kiosk"),
                backend.connection(Duration.ofSeconds(2))).withSetAside(new SetAsideRule(2, Duration.ofHours(1), 2)));
        watch = new OutboxWatch(kiosk.outbox());
        kiosk.worker().stop(Duration.ofSeconds(5));
        stuck = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
        backend.backend().faults().add(FaultRule.always(FaultMode.ERROR_500)
                .onlyUnder("/api/v1/submissions/" + stuck + "/files"));
        kiosk.worker().start();
        assertThat(watch.awaitState(stuck, OutboxState.SET_ASIDE, WAIT)).isTrue();
        usb = Files.createDirectories(dir.resolve("media/onetrip-usb"));
    }

    @AfterEach
    void stop() {
        watch.close();
        kiosk.close();
        backend.close();
    }

    private Path export() {
        ExportOutcome outcome = new FilingExport(kiosk.outbox(), RunningBackend.KIOSK_ID).exportTo(stuck, usb);
        assertThat(outcome).isInstanceOf(ExportOutcome.Written.class);
        return ((ExportOutcome.Written) outcome).file();
    }

    @Test
    void anExportedFilingIsFiledOnceWhetherImportedTwiceOrDeliveredAfterwards() throws Exception {
        String tracking = kiosk.outbox().entry(stuck).orElseThrow().trackingNumber();
        Path file = export();

        assertThat(file.getFileName().toString()).isEqualTo("onetrip-filing-" + tracking + ".zip");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(bytes).doesNotContain(ZHANG_WEI.idNumber()).doesNotContain(ZHANG_WEI.name())
                .doesNotContain("张*").contains(tracking).contains(stuck);
        assertThat(kiosk.outbox().entry(stuck).orElseThrow().setAside())
                .hasValueSatisfying(aside -> assertThat(aside.exportedAt()).isPresent());

        // as ./onetrip backend import does, on the data directory of the running backend
        FilingImport.Outcome first = ReferenceBackend.importFiling(BackendOptions.openTestDouble(),
                dir.resolve("backend"), file);
        assertThat(first).isInstanceOf(FilingImport.Outcome.Filed.class);
        FilingImport.Outcome.Filed filed = (FilingImport.Outcome.Filed) first;
        assertThat(filed.alreadyFiled()).isFalse();
        assertThat(filed.trackingNumber()).isEqualTo(tracking);

        FilingImport.Outcome again = backend.backend().importFiling(file);
        assertThat(again).isEqualTo(new FilingImport.Outcome.Filed(stuck, tracking, filed.acceptanceNumber(), true));
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).singleElement().satisfies(f -> {
            assertThat(f.submissionId()).isEqualTo(stuck);
            assertThat(f.acceptanceNumber()).isEqualTo(filed.acceptanceNumber());
            assertThat(f.trackingNumber()).isEqualTo(tracking);
        });

        // the technician retries at the kiosk: the backend answers it as filed, the kiosk's copy goes
        backend.backend().faults().clear();
        assertThat(kiosk.outbox().requeue(stuck)).isTrue();
        assertThat(watch.awaitState(stuck, OutboxState.ACKNOWLEDGED, WAIT)).isTrue();
        assertThat(kiosk.outbox().entry(stuck).orElseThrow().acceptanceNumber()).contains(filed.acceptanceNumber());
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).extracting(Filing::submissionId).containsExactly(stuck);
        assertThat(Files.exists(dir.resolve("kiosk/outbox").resolve(stuck))).isFalse();
    }

    @Test
    void aSealedFileChangedOnTheWayFilesNothingWhetherOrNotItsDigestWasFixedToo() throws Exception {
        Path file = export();
        Path damaged = rewrite(file, "damaged.zip", "files/material-1.pdf.sealed", false);
        Path doctored = rewrite(file, "doctored.zip", "files/material-1.pdf.sealed", true);

        assertThat(backend.backend().importFiling(damaged)).isInstanceOfSatisfying(FilingImport.Outcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("DAMAGED"));
        assertThat(backend.backend().importFiling(doctored)).isInstanceOfSatisfying(FilingImport.Outcome.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo("UNSEALABLE_BODY"));
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).isEmpty();

        // the genuine export still files once
        assertThat(backend.backend().importFiling(file)).isInstanceOf(FilingImport.Outcome.Filed.class);
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).hasSize(1);
    }

    @Test
    void aFilingForgedWithoutTheKiosksSigningKeyFilesNothing() throws Exception {
        // someone with the backend's public sealing key and a kiosk's software, but not this kiosk's signing key
        try (SubmissionRuntime stranger = SubmissionRuntime.start(KioskUnderTest.options(dir.resolve("stranger"),
                backend.connection(Duration.ofSeconds(2))))) {
            stranger.worker().stop(Duration.ofSeconds(5));
            String forged = ((FilingOutcome.Filed) stranger.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
            stranger.outbox().setAside(forged, SetAsideCause.FAILED_TOO_OFTEN);
            ExportOutcome written = new FilingExport(stranger.outbox(), RunningBackend.KIOSK_ID).exportTo(forged, usb);

            FilingImport.Outcome outcome = backend.backend().importFiling(((ExportOutcome.Written) written).file());

            assertThat(outcome).isInstanceOfSatisfying(FilingImport.Outcome.Refused.class,
                    refused -> assertThat(refused.code()).isEqualTo("UNKNOWN_KEY"));
        }
        assertThat(backend.filingsOf(ZHANG_WEI.idNumber())).isEmpty();
    }

    @Test
    void onlyASetAsideFilingIsExportedAndOnlyToADriveThatIsThere() {
        String queued;
        kiosk.worker().stop(Duration.ofSeconds(5));
        queued = ((FilingOutcome.Filed) kiosk.desk().file(TestFilings.moveIn(ZHANG_WEI))).submissionId();
        FilingExport export = new FilingExport(kiosk.outbox(), RunningBackend.KIOSK_ID);

        assertThat(export.exportTo(queued, usb)).isInstanceOfSatisfying(ExportOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ExportOutcome.Reason.NOT_SET_ASIDE));
        assertThat(export.exportTo(stuck, dir.resolve("media/not-mounted"))).isInstanceOfSatisfying(
                ExportOutcome.Failed.class, failed -> assertThat(failed.reason()).isEqualTo(ExportOutcome.Reason.NO_DRIVE));
        assertThat(export.exportTo("no-such-filing", usb)).isInstanceOfSatisfying(ExportOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ExportOutcome.Reason.UNKNOWN_FILING));
        String tracking = kiosk.outbox().entry(stuck).orElseThrow().trackingNumber();
        assertThat(export.exportTo(tracking, usb)).isInstanceOf(ExportOutcome.Written.class);
    }

    /** A copy of the export with one byte of {@code entry} changed, and its digest in the index fixed or not. */
    private Path rewrite(Path file, String name, String entry, boolean fixIndex) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry z : java.util.Collections.list(zip.entries())) {
                entries.put(z.getName(), zip.getInputStream(z).readAllBytes());
            }
        }
        byte[] changed = entries.get(entry);
        changed[changed.length / 2] ^= 0x01;
        if (fixIndex) {
            ObjectNode index = (ObjectNode) JSON.readTree(entries.get(FilingExport.INDEX));
            for (JsonNode part : index.get("files")) {
                if (part.get("entry").asText().equals(entry)) {
                    ((ObjectNode) part).put("sha256", sha256(changed));
                }
            }
            entries.put(FilingExport.INDEX, JSON.writeValueAsBytes(index));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
