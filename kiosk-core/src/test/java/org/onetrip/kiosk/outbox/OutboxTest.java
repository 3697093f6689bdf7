package org.onetrip.kiosk.outbox;

import org.onetrip.kiosk.sealing.SealedBody;
import org.onetrip.kiosk.sealing.SealingKeys;
import org.onetrip.kiosk.testsupport.ApprovalSystemKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.kiosk.submission.TestFilings.LI_XIUYING;
import static org.onetrip.kiosk.submission.TestFilings.ZHANG_WEI;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.FilingRefused;
import org.onetrip.kiosk.submission.SubmissionDesk;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.time.ManualTime;

class OutboxTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;
    @TempDir
    Path keys;

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T02:00:00Z"), SHANGHAI);
    private final AtomicLong freeBytes = new AtomicLong(Long.MAX_VALUE);
    private final ApprovalSystemKey approvalSystem = ApprovalSystemKey.generate();
    private SealingKeys sealing;
    private Outbox outbox;
    private SubmissionDesk desk;

    @BeforeEach
    void open() {
        sealing = approvalSystem.keptIn(data, time.clock());
        outbox = Outbox.open(data, sealing, dir -> freeBytes.get(), 1_000_000, time.clock());
        desk = new SubmissionDesk("SZ-NS-0001", outbox, SigningKey.openOrCreate(keys), LookupKey.openOrCreate(keys),
                time.clock(), SHANGHAI);
    }

    @AfterEach
    void close() {
        outbox.close();
    }

    @Test
    void aFilingIsQueuedWithAReceiptNumberOfTheKioskTheDayAndASequence() {
        FilingOutcome.Filed first = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));
        FilingOutcome.Filed second = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(LI_XIUYING));

        assertThat(first.trackingNumber()).isEqualTo("SZ-NS-0001-20261121-0001");
        assertThat(second.trackingNumber()).isEqualTo("SZ-NS-0001-20261121-0002");
        assertThat(first.receipt().maskedName()).isEqualTo("张*");
        assertThat(first.receipt().maskedIdNumber()).isEqualTo("1101**********1239");
        assertThat(outbox.entries()).extracting(OutboxEntry::submissionId, OutboxEntry::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.submissionId(), OutboxState.QUEUED),
                        org.assertj.core.groups.Tuple.tuple(second.submissionId(), OutboxState.QUEUED));
        assertThat(outbox.nextPending()).contains(first.submissionId());
    }

    @Test
    void theNumberingStartsAgainOnTheNextLocalDay() {
        desk.file(TestFilings.moveIn(ZHANG_WEI));
        time.advance(java.time.Duration.ofHours(16)); // 18:00 UTC is 02:00 the next day in Shanghai

        FilingOutcome.Filed next = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));

        assertThat(next.trackingNumber()).isEqualTo("SZ-NS-0001-20261122-0001");
    }

    @Test
    void identityAnswersAndScansAreNotReadableOnDisk() throws IOException {
        desk.file(TestFilings.moveIn(ZHANG_WEI));
        outbox.close();

        List<String> secrets = List.of("110101198503121239", "张伟", "工作调动", "%PDF-1.7 scan");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                String latin = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(raw).as("%s must not hold %s", file, secret).doesNotContain(secret);
                    assertThat(latin).as("%s must not hold %s", file, secret).doesNotContain(secret);
                }
            }
        }
        outbox = Outbox.open(data, sealing, dir -> freeBytes.get(), 0, time.clock());
        String id = outbox.entries().get(0).submissionId();
        Outbox.PendingPackage pkg = outbox.pendingPackage(id);
        assertThat(pkg.signedManifest().keyId()).isEqualTo(approvalSystem.key().kid());
        assertThat(new String(approvalSystem.open(pkg.signedManifest(), SealedBody.manifestContext(id)),
                StandardCharsets.UTF_8)).contains("110101198503121239", "张伟", "工作调动");
    }

    @Test
    void whenTheDiskIsFullNewFilingsAreRefusedAndQueuedOnesAreUntouched() throws IOException {
        FilingOutcome.Filed queued = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));
        List<OutboxEntry> before = outbox.entries();
        List<Path> filesBefore = listFiles(data.resolve("outbox"));
        freeBytes.set(1_000_000 + 50_000); // the reserve is there, this filing and the overhead are not

        FilingOutcome refused = desk.file(TestFilings.moveIn(LI_XIUYING));

        assertThat(refused).isInstanceOfSatisfying(FilingOutcome.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(FilingRefused.DISK_FULL);
            assertThat(r.message()).contains("bytes free");
        });
        assertThat(outbox.entries()).isEqualTo(before);
        assertThat(listFiles(data.resolve("outbox"))).isEqualTo(filesBefore);
        assertThat(approvalSystem.open(outbox.material(outbox.pendingPackage(queued.submissionId()), "material-1.pdf"),
                SealedBody.fileContext(queued.submissionId(), "material-1.pdf"))).startsWith("%PDF-1.7".getBytes());

        freeBytes.set(Long.MAX_VALUE);
        assertThat(desk.file(TestFilings.moveIn(LI_XIUYING))).isInstanceOf(FilingOutcome.Filed.class);
    }

    @Test
    void anAcknowledgedFilingKeepsOnlyWhatTheReceiptAndTechnicianNeed() throws IOException {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));

        outbox.acknowledge(filed.submissionId(), "SZ20261121-000001", LocalDate.parse("2026-11-28"));

        OutboxEntry entry = outbox.entry(filed.submissionId()).orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxState.ACKNOWLEDGED);
        assertThat(entry.acceptanceNumber()).contains("SZ20261121-000001");
        assertThat(entry.trackingNumber()).isEqualTo(filed.trackingNumber());
        assertThat(entry.maskedName()).isEqualTo("张*");
        assertThat(Files.exists(data.resolve("outbox").resolve(filed.submissionId()))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.pendingPackage(filed.submissionId()))
                .hasMessageContaining("no sealed package");
    }

    @Test
    void filesOfAFilingThatNeverCommittedAreRemovedAtTheNextStart() throws IOException {
        FilingOutcome.Filed kept = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));
        Path orphan = data.resolve("outbox").resolve("crashed-before-commit");
        Files.createDirectories(orphan);
        Files.write(orphan.resolve("material-1.pdf.sealed"), new byte[] {1, 2, 3});
        outbox.close();

        outbox = Outbox.open(data, sealing, dir -> freeBytes.get(), 0, time.clock());

        assertThat(Files.exists(orphan)).isFalse();
        assertThat(outbox.material(outbox.pendingPackage(kept.submissionId()), "material-2.pdf").bytes()).isNotEmpty();
    }

    @Test
    void aRejectedFilingKeepsItsReasonAndCanBeRequeuedByTheTechnician() {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));
        outbox.reject(filed.submissionId(), "ID_CARD_EXPIRED", "the submission was refused");

        assertThat(outbox.entry(filed.submissionId()).orElseThrow().rejectionCode()).contains("ID_CARD_EXPIRED");
        assertThat(outbox.nextPending()).isEmpty();
        assertThat(outbox.requeue(filed.submissionId())).isTrue();
        assertThat(outbox.nextPending()).contains(filed.submissionId());
    }

    @Test
    void aTechniciansToolBesideTheKioskLeavesFilesAloneAndTakesNoFiling() throws IOException {
        FilingOutcome.Filed filed = (FilingOutcome.Filed) desk.file(TestFilings.moveIn(ZHANG_WEI));
        // a filing being written at this moment looks like this: its files, no row yet
        Path writing = data.resolve("outbox").resolve("being-written");
        Files.createDirectories(writing);
        Files.write(writing.resolve("material-1.pdf.sealed"), new byte[] {1, 2, 3});

        try (Outbox technician = Outbox.openForTechnician(data, time.clock())) {
            assertThat(technician.find(filed.trackingNumber())).hasValueSatisfying(
                    entry -> assertThat(entry.submissionId()).isEqualTo(filed.submissionId()));
            assertThat(technician.find(filed.submissionId())).isPresent();
            assertThat(new SubmissionDesk("SZ-NS-0001", technician, SigningKey.openOrCreate(keys),
                    LookupKey.openOrCreate(keys), time.clock(), SHANGHAI).file(TestFilings.moveIn(LI_XIUYING)))
                    .isInstanceOfSatisfying(FilingOutcome.Refused.class,
                            refused -> assertThat(refused.reason()).isEqualTo(FilingRefused.NO_SEALING_KEY));
        }

        assertThat(Files.exists(writing.resolve("material-1.pdf.sealed"))).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Outbox.openForTechnician(data.resolve("nowhere"),
                time.clock())).isInstanceOf(OutboxException.class).hasMessageContaining("no outbox in");
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.sorted().toList();
        }
    }
}
