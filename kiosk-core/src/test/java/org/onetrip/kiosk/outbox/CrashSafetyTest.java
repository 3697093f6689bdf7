package org.onetrip.kiosk.outbox;

import org.onetrip.kiosk.sealing.SealingKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * Power cuts in small: the kiosk's submission path runs in a child process that is killed
 * with SIGKILL at random moments while it files and delivers, then restarted to drain. Every
 * filing whose receipt was printed must reach the backend exactly once, and nothing the kiosk
 * did not commit may reach it at all.
 */
class CrashSafetyTest {

    private static final int TRIALS = 20;

    @TempDir
    Path dir;

    @Test
    void everyPrintedReceiptReachesTheBackendExactlyOnceWhateverMomentThePowerFails() throws Exception {
        Path data = dir.resolve("kiosk");
        Path receipts = dir.resolve("receipts-printed.txt");
        Random random = new Random(20261121L);
        try (RunningBackend backend = new RunningBackend(dir.resolve("backend"))) {
            String url = backend.backend().baseUri().toString();
            for (int trial = 0; trial < TRIALS; trial++) {
                Process child = start("file", data, url, receipts);
                awaitLine(child, "ready");
                long killAfterMillis = 100 + random.nextInt(900);
                assertThat(child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS))
                        .as("the kiosk process must still be running when the power fails").isFalse();
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            Process drain = start("drain", data, url, receipts);
            awaitLine(drain, "ready");
            // generous: on a loaded machine the backlog of twenty power failures takes a while to send
            assertThat(drain.waitFor(160, TimeUnit.SECONDS)).as("the restarted kiosk drains its outbox").isTrue();
            assertThat(drain.exitValue()).isZero();

            Set<String> printed = printedReceipts(receipts);
            List<String> committed;
            try (Outbox outbox = Outbox.open(data, SealingKeys.open(Set.of(), data, Clock.systemUTC()), d -> Long.MAX_VALUE,
                    0, Clock.systemUTC())) {
                assertThat(outbox.entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.ACKNOWLEDGED));
                committed = outbox.entries().stream().map(OutboxEntry::submissionId).toList();
            }
            List<String> atBackend = backend.filingsOf(TestFilings.ZHANG_WEI.idNumber()).stream()
                    .map(Filing::submissionId).toList();

            assertThat(printed).as("receipts printed over %d power failures", TRIALS).hasSizeGreaterThan(TRIALS);
            assertThat(atBackend).as("no filing reaches the backend twice").doesNotHaveDuplicates();
            assertThat(atBackend).as("every printed receipt reached the backend").containsAll(printed);
            assertThat(new HashSet<>(atBackend)).as("nothing the kiosk did not commit reached the backend")
                    .isEqualTo(new HashSet<>(committed));
            Set<String> committedNotPrinted = new HashSet<>(committed);
            committedNotPrinted.removeAll(printed);
            // only a power failure between the outbox commit and the printer can leave such a filing: at most one each
            assertThat(committedNotPrinted.size()).isLessThanOrEqualTo(TRIALS);
        }
    }

    private static Process start(String mode, Path data, String url, Path receipts) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                CrashTestKiosk.class.getName(), mode, data.toString(), url, receipts.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Blocks until the child prints {@code expected} on a line of its own (it prints nothing else before). */
    private static void awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the kiosk process starts").isEqualTo(expected);
    }

    /** Complete lines only: a line cut short by the power failure was never a printed receipt. */
    private static Set<String> printedReceipts(Path receipts) throws IOException {
        String text = Files.exists(receipts) ? Files.readString(receipts, StandardCharsets.US_ASCII) : "";
        Set<String> ids = new HashSet<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            ids.add(text.substring(start, end));
            start = end + 1;
        }
        return ids;
    }
}
