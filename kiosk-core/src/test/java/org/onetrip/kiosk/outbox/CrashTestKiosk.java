package org.onetrip.kiosk.outbox;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;

/**
 * The kiosk's submission path as a process of its own, for {@link CrashSafetyTest} to kill.
 *
 * <p>{@code file} mode files submissions in a loop; after each outbox commit it appends the
 * submission id to the receipts file and forces it to disk, standing in for the receipt
 * printer. Meanwhile the delivery worker sends to the backend. {@code drain} mode only lets
 * the worker empty the outbox, then exits 0.
 *
 * <p>Arguments: {@code <file|drain> <dataDir> <backendBaseUrl> <receiptsFile>}.
 */
public final class CrashTestKiosk {

    private CrashTestKiosk() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        BackendConnection backend = BackendConnection.plain(URI.create(args[2]), "SZ-NS-0001", Duration.ofSeconds(2));
        Path receipts = Path.of(args[3]);
        try (SubmissionRuntime kiosk = SubmissionRuntime.start(KioskUnderTest.options(data, backend))) {
            System.out.println("ready");
            System.out.flush();
            if (mode.equals("drain")) {
                try (OutboxWatch watch = new OutboxWatch(kiosk.outbox())) {
                    boolean drained = watch.awaitDrained(Duration.ofSeconds(150));
                    System.out.println(drained ? "drained" : "not drained");
                    System.exit(drained ? 0 : 1);
                }
            }
            try (FileChannel printer = FileChannel.open(receipts, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                while (true) {
                    FilingOutcome outcome = kiosk.desk().file(TestFilings.withFiles(TestFilings.ZHANG_WEI, 2, 6_000));
                    if (outcome instanceof FilingOutcome.Filed filed) {
                        print(printer, filed.submissionId());
                    }
                }
            }
        }
    }

    private static void print(FileChannel printer, String submissionId) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((submissionId + "\n").getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
            printer.write(line);
        }
        printer.force(true);
    }
}
