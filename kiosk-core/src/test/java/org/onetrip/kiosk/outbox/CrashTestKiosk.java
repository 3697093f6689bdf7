package org.onetrip.kiosk.outbox;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.submission.FilingOutcome;
import org.onetrip.kiosk.submission.SubmissionRuntime;
import org.onetrip.kiosk.submission.TestFilings;
import org.onetrip.kiosk.testsupport.KioskUnderTest;
import org.onetrip.kiosk.testsupport.OutboxWatch;

/**
 * The kiosk's submission path as a process of its own, for {@link PowerCutTest} to cut the power under.
 *
 * <p>Every start first checks the outbox a power cut left ({@code PRAGMA integrity_check}, printed as
 * {@code integrity ok} or the problems found), then starts the kiosk's submission runtime, which opens
 * the outbox (printed: {@code ready}). {@code file} mode then files {@code count} submissions; after each
 * one the outbox committed, it appends {@code submissionId trackingNumber} to the receipts file and
 * forces it, standing in for the receipt printer (the file lies off the cut disk: paper survives a power
 * cut). The delivery worker sends meanwhile; once the outbox is empty it prints {@code drained} and waits
 * to be killed. {@code drain} mode only lets the worker empty the outbox, prints {@code drained} and exits 0.
 *
 * <p>Arguments: {@code <file|drain> <dataDir> <backendBaseUrl> <receiptsFile> <count>}.
 */
public final class CrashTestKiosk {

    private CrashTestKiosk() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        BackendConnection backend = BackendConnection.plain(URI.create(args[2]), "SZ-NS-0001", Duration.ofSeconds(2));
        Path receipts = Path.of(args[3]);
        int count = Integer.parseInt(args[4]);
        say("integrity " + integrity(data.resolve("outbox.db")));
        try (SubmissionRuntime kiosk = SubmissionRuntime.start(KioskUnderTest.options(data, backend));
             OutboxWatch watch = new OutboxWatch(kiosk.outbox())) {
            say("ready");
            if (mode.equals("file")) {
                try (FileChannel printer = FileChannel.open(receipts, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    for (int i = 0; i < count; i++) {
                        FilingOutcome outcome = kiosk.desk().file(TestFilings.withFiles(TestFilings.ZHANG_WEI, 2, 6_000));
                        if (outcome instanceof FilingOutcome.Filed filed) {
                            print(printer, filed.submissionId() + " " + filed.trackingNumber());
                        }
                    }
                }
            }
            boolean drained = watch.awaitDrained(Duration.ofSeconds(150));
            say(drained ? "drained" : "not drained");
            if (mode.equals("drain")) {
                System.exit(drained ? 0 : 1);
            }
            System.in.read(); // the power fails here, or anywhere before
        }
    }

    /** What SQLite finds wrong with the outbox database, or {@code ok} (also when there is none yet). */
    private static String integrity(Path database) throws Exception {
        if (!Files.exists(database)) {
            return "ok";
        }
        List<String> problems = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            while (r.next()) {
                problems.add(r.getString(1));
            }
        }
        return String.join("; ", problems);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void print(FileChannel printer, String receipt) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((receipt + "\n").getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
            printer.write(line);
        }
        printer.force(true);
    }
}
