package org.onetrip.kiosk.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.powercut.DiskImage;
import org.onetrip.kiosk.powercut.PowerCutDisk;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * Power cuts: the kiosk's submission path runs in a child process with its data directory on the
 * power-cut disk ({@link PowerCutDisk}), which keeps only what was forced to it. At a random point of
 * each run (the N-th change to the disk, N drawn from a seeded generator over the changes a whole run
 * makes: its start, three filings and their delivery) the disk freezes, the process is killed with
 * SIGKILL, and the disk comes back with only what was forced; the kiosk then starts again on it.
 *
 * <p>Afterwards, by what the backend holds: every filing whose receipt printed reached it exactly once,
 * under the tracking number on the receipt; nothing reached it that the kiosk's outbox does not hold
 * (no two filings share a tracking number, which a kiosk that lost a committed filing would hand out
 * again); every acceptance number the kiosk recorded is the one the backend gave that filing, so a
 * retry after a lost acknowledgement was recognised rather than filed again; and every start found
 * an intact outbox ({@code PRAGMA integrity_check}) and opened it.
 *
 * <p>{@code -Donetrip.powercut.seed=S} repeats a run (the seed is printed); {@code -Donetrip.powercut.cuts=N}
 * cuts more often. Skipped where there is no {@code /dev/fuse} or {@code ONETRIP_NO_FUSE=1}.
 */
class PowerCutTest {

    private static final int CUTS = Integer.getInteger("onetrip.powercut.cuts", 50);
    private static final int FILINGS_PER_RUN = 3;
    private static final long RUN_TIMEOUT_MILLIS = 90_000;

    @TempDir
    Path dir;

    private final DiskImage image = new DiskImage();
    private PowerCutDisk disk;

    @Test
    void everyPrintedReceiptReachesTheBackendExactlyOnceWhereverThePowerFails() throws Exception {
        assumeTrue(PowerCutDisk.available(), "no /dev/fuse or libfuse2 here (or " + PowerCutDisk.NO_FUSE + "=1)");
        long seed = Long.getLong("onetrip.powercut.seed", new SecureRandom().nextLong());
        System.out.println("PowerCutTest: seed " + seed + ", " + CUTS + " cuts (repeat with -Donetrip.powercut.seed="
                + seed + ")");
        Random random = new Random(seed);
        Path mountPoint = dir.resolve("disk");
        Path data = mountPoint.resolve("kiosk");
        Path receipts = dir.resolve("receipts-printed.txt");
        List<String> findings = new ArrayList<>();
        long started = System.nanoTime();
        disk = PowerCutDisk.mount(image, mountPoint);
        try (RunningBackend backend = new RunningBackend(dir.resolve("backend"))) {
            String url = backend.backend().baseUri().toString();

            // a first run, cut only once it is idle, measures how many changes a run makes
            Run first = run(data, url, receipts, 0, findings);
            long changesPerRun = first.changes();
            assertThat(first.drained()).as("the first run drains its outbox").isTrue();
            List<String> cutPoints = new ArrayList<>();
            for (int cut = 1; cut <= CUTS; cut++) {
                long after = 1 + (long) (random.nextDouble() * changesPerRun);
                Run run = run(data, url, receipts, after, findings);
                cutPoints.add(after + (run.drained() ? "(idle)" : ""));
            }

            Process drain = CrashTestKioskProcess.start("drain", data, url, receipts, dir.resolve("drain.err"));
            List<String> drainLines = CrashTestKioskProcess.lines(drain);
            assertThat(drain.waitFor(160, TimeUnit.SECONDS)).as("the last start drains the outbox").isTrue();
            assertThat(drain.exitValue()).as("the last start drains the outbox: " + drainLines).isZero();
            findings.addAll(drainLines.stream().filter(l -> l.startsWith("integrity ")).toList());

            Map<String, String> printed = printedReceipts(receipts);
            List<OutboxEntry> outbox = outboxAfterwards(data);
            disk.close();
            disk = null;
            List<Filing> atBackend = backend.filingsOf(TestFilings.ZHANG_WEI.idNumber());
            Map<String, Filing> bySubmission = atBackend.stream()
                    .collect(Collectors.toMap(Filing::submissionId, Function.identity()));
            System.out.printf("PowerCutTest: %d cuts in %d s, %d changes a run, cut after %s; %d receipts printed,"
                            + " %d filings at the backend%n", CUTS, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                    changesPerRun, cutPoints, printed.size(), atBackend.size());

            String why = " (seed " + seed + ")";
            assertThat(findings).as("every start found an intact outbox" + why).isNotEmpty()
                    .allMatch("integrity ok"::equals);
            assertThat(printed).as("receipts printed over %d power cuts", CUTS).hasSizeGreaterThan(CUTS);
            assertThat(printed).allSatisfy((submission, tracking) -> {
                assertThat(bySubmission).as("printed receipt %s reached the backend%s", submission, why)
                        .containsKey(submission);
                assertThat(bySubmission.get(submission).trackingNumber()).as("tracking number of %s", submission)
                        .isEqualTo(tracking);
            });
            assertThat(atBackend.stream().map(Filing::trackingNumber).toList())
                    .as("no tracking number was handed out twice" + why).doesNotHaveDuplicates();
            assertThat(outbox).as("the outbox kept its filings" + why)
                    .allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.ACKNOWLEDGED));
            assertThat(bySubmission.keySet()).as("the backend holds what the outbox holds, and nothing else" + why)
                    .isEqualTo(outbox.stream().map(OutboxEntry::submissionId).collect(Collectors.toSet()));
            assertThat(outbox).as("each acknowledgement is the backend's one answer for that filing" + why)
                    .allSatisfy(e -> assertThat(e.acceptanceNumber())
                            .contains(bySubmission.get(e.submissionId()).acceptanceNumber()));
            Set<String> committedNotPrinted = new HashSet<>(bySubmission.keySet());
            committedNotPrinted.removeAll(printed.keySet());
            // only a cut between the outbox's commit and the printer leaves such a filing: at most one a cut
            assertThat(committedNotPrinted.size()).isLessThanOrEqualTo(CUTS);
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
    }

    private record Run(long changes, boolean drained) {
    }

    /**
     * One start of the kiosk on the disk, cut after {@code cutAfter} changes (0: once the run has drained its
     * outbox), then the disk powered back and mounted again.
     */
    private Run run(Path data, String url, Path receipts, long cutAfter, List<String> findings) throws Exception {
        if (cutAfter > 0) {
            image.cutAfter(cutAfter);
        }
        Process kiosk = CrashTestKioskProcess.start("file", data, url, receipts, dir.resolve("kiosk.err"));
        CrashTestKioskProcess.Output out = CrashTestKioskProcess.watch(kiosk);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_TIMEOUT_MILLIS);
        while (!image.awaitFrozen(20) && !out.has("drained")) {
            assertThat(kiosk.isAlive()).as("the kiosk runs until the power fails: " + out.lines() + "\n"
                    + errors()).isTrue();
            assertThat(System.nanoTime()).as("the run ends within %d ms", RUN_TIMEOUT_MILLIS).isLessThan(deadline);
        }
        boolean drained = !image.frozen();
        image.cutNow();
        long changes = image.changes();
        kiosk.destroyForcibly(); // SIGKILL: with the disk frozen, nothing the process still does reaches it
        assertThat(kiosk.waitFor(20, TimeUnit.SECONDS)).isTrue();
        out.join();
        findings.addAll(out.lines().stream().filter(l -> l.startsWith("integrity ")).toList());
        disk.close();
        image.powerBack();
        disk = PowerCutDisk.mount(image, dir.resolve("disk"));
        return new Run(changes, drained);
    }

    private String errors() throws IOException {
        Path err = dir.resolve("kiosk.err");
        if (!Files.exists(err)) {
            return "";
        }
        List<String> lines = Files.readAllLines(err);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * The outbox as the disk holds it, read from a copy: SQLite maps its shared-memory file, and this JVM
     * serves the disk, so it must not open a database on it.
     */
    private List<OutboxEntry> outboxAfterwards(Path data) throws IOException {
        Path copy = dir.resolve("outbox-afterwards");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (Outbox outbox = Outbox.openForTechnician(copy, Clock.systemUTC())) {
            return outbox.entries();
        }
    }

    /** Complete lines only: a line cut short was never a printed receipt. Submission id to tracking number. */
    private static Map<String, String> printedReceipts(Path receipts) throws IOException {
        String text = Files.exists(receipts) ? Files.readString(receipts, StandardCharsets.US_ASCII) : "";
        Map<String, String> printed = new HashMap<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            String[] receipt = text.substring(start, end).split(" ");
            assertThat(printed.put(receipt[0], receipt[1])).as("a receipt printed once").isNull();
            start = end + 1;
        }
        return Collections.unmodifiableMap(printed);
    }

    /** Starting and listening to {@link CrashTestKiosk}. */
    static final class CrashTestKioskProcess {

        private CrashTestKioskProcess() {
        }

        static Process start(String mode, Path data, String url, Path receipts, Path errors) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"),
                    CrashTestKiosk.class.getName(), mode, data.toString(), url, receipts.toString(),
                    Integer.toString(FILINGS_PER_RUN)));
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(errors.toFile())).start();
        }

        /** All the child prints, until it ends. */
        static List<String> lines(Process child) throws IOException {
            List<String> lines = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    if (line.equals("drained") || line.equals("not drained")) {
                        break;
                    }
                }
            }
            return lines;
        }

        static Output watch(Process child) {
            Output output = new Output(child);
            output.start();
            return output;
        }

        /** The child's lines as they come, read on a thread of their own. */
        static final class Output extends Thread {
            private final Process child;
            private final List<String> lines = new ArrayList<>();

            Output(Process child) {
                super("kiosk output");
                setDaemon(true);
                this.child = child;
            }

            @Override
            public void run() {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (this) {
                            lines.add(line);
                        }
                    }
                } catch (IOException e) {
                    // the process died: what it printed is all there is
                }
            }

            synchronized boolean has(String line) {
                return lines.contains(line);
            }

            synchronized List<String> lines() {
                return List.copyOf(lines);
            }
        }
    }
}
