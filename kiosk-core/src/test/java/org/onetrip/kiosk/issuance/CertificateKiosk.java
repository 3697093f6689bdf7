package org.onetrip.kiosk.issuance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * A kiosk's certificate printing over a data directory, wired as the composition root wires it
 * (ledger, reports, audit journal, the leftovers settled at start, the desk), against a backend and
 * a real IPP printer, the printer's jobs owned by the kiosk's id. {@link #main} runs one as a
 * process of its own that a test can kill while its certificate is at the printer.
 */
final class CertificateKiosk implements AutoCloseable {
    static final Duration ANSWER_WAIT = Duration.ofSeconds(30);

    final ApprovalBackendClient client;
    final IppDocumentPrinter printer;
    final LookupKey lookupKey;
    final IssuanceLedger ledger;
    final IssuanceReports reports;
    final AuditJournal journal;
    final LeftoverPrintJobs leftovers;
    final TestSessions sessions = new TestSessions();
    final CertificateDesk desk;
    private final ExecutorService work = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "certificate-desk");
        t.setDaemon(true);
        return t;
    });

    /** Starts it: the leftovers of an earlier run are being settled when this returns. */
    CertificateKiosk(Path data, URI backend, URI printerUri) {
        Clock clock = Clock.system(IssuanceRig.SHANGHAI);
        client = new ApprovalBackendClient(BackendConnection.plain(backend, RunningBackend.KIOSK_ID, Duration.ofSeconds(10)));
        printer = new IppDocumentPrinter(printerUri, IppPrinterSettings.defaults().withUserName(RunningBackend.KIOSK_ID)
                .withPollInterval(Duration.ofMillis(100)), clock);
        lookupKey = LookupKey.openOrCreate(data.resolve("keys"));
        ledger = IssuanceLedger.open(data, clock, IssuanceRig.SHANGHAI);
        reports = new IssuanceReports(client, ledger, RetryPolicy.standard(new SecureRandom()));
        reports.start();
        journal = AuditJournal.open(data, clock);
        leftovers = new LeftoverPrintJobs(printer, ledger, reports, journal, ANSWER_WAIT);
        leftovers.start(work);
        desk = new CertificateDesk(client, ledger, reports, lookupKey, IssuanceRig.renderer(), printer, new PrintGate(),
                leftovers, sessions, IssuanceRig.policy(Duration.ofSeconds(30)), work);
    }

    @Override
    public void close() {
        work.shutdownNow();
        reports.close();
        printer.close();
        ledger.close();
        journal.close();
    }

    /**
     * Zhang Wei prints a household registration proof; once the printer has the job this prints
     * {@code printing <verification code>} and waits to be killed. Arguments: {@code <dataDir>
     * <backendBaseUrl> <printerUri>}.
     */
    public static void main(String[] args) throws Exception {
        CertificateKiosk kiosk = new CertificateKiosk(Path.of(args[0]), URI.create(args[1]), URI.create(args[2]));
        kiosk.sessions.start("zhang-wei");
        IssueOutcome.Ready ready = (IssueOutcome.Ready) kiosk.desk.issue(kiosk.sessions.session(), kiosk.sessions.citizen(),
                IssuanceRig.HOUSEHOLD).get(120, TimeUnit.SECONDS);
        String code = ready.issuance().verificationCode().orElseThrow();
        CountDownLatch atThePrinter = new CountDownLatch(1);
        kiosk.desk.print(ready.issuance(), stage -> {
            if (stage == PrintStage.QUEUED || stage == PrintStage.PRINTING) {
                atThePrinter.countDown();
            }
        });
        if (!atThePrinter.await(120, TimeUnit.SECONDS)) {
            System.exit(3);
        }
        System.out.println("printing " + code);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** A kiosk process killed (SIGKILL: no shutdown hook, nothing flushed) once its certificate was at the printer. */
    static String runAndKill(Path data, URI backend, URI printerUri, Path errors) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CertificateKiosk.class.getName(),
                data.toString(), backend.toString(), printerUri.toString()));
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    // the process was killed
                }
            }, "kiosk process output");
            reader.setDaemon(true);
            reader.start();
            String line = lines.poll(180, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("printing ")) {
                throw new IllegalStateException("the kiosk process did not get its certificate to the printer ("
                        + (child.isAlive() ? "still running" : "exit " + child.exitValue()) + "); its errors are in " + errors);
            }
            return line.substring("printing ".length());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
