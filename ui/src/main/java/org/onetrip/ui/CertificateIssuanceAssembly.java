package org.onetrip.ui;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.onetrip.config.Configuration;
import org.onetrip.devices.printer.DocumentPrinter;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.certificate.CertificateFonts;
import org.onetrip.kiosk.certificate.CertificateRenderer;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.issuance.CertificateDesk;
import org.onetrip.kiosk.issuance.IssuanceLedger;
import org.onetrip.kiosk.issuance.IssuancePolicy;
import org.onetrip.kiosk.issuance.IssuanceReports;
import org.onetrip.kiosk.issuance.LeftoverPrintJobs;
import org.onetrip.kiosk.issuance.PrintGate;
import org.onetrip.kiosk.issuance.SessionBinding;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * The certificate desk with its ledger, reports to the backend, renderer and worker threads; at
 * start it settles what an earlier run left at the printer before anything is offered or printed.
 */
final class CertificateIssuanceAssembly implements AutoCloseable {

    /** The longest wait for one answer of the printer's driver (each request is bounded by the driver's own time-out). */
    private static final Duration PRINTER_ANSWER_WAIT = Duration.ofSeconds(30);

    private final IssuanceLedger ledger;
    private final IssuanceReports reports;
    private final CertificateRenderer renderer;
    private final ExecutorService work;
    private final CertificateDesk desk;

    CertificateIssuanceAssembly(Configuration configuration, Path dataDirectory, ApprovalBackendClient backend,
            LookupKey lookupKey, DocumentPrinter printer, KioskShell shell, CardIdentification cards, AuditJournal audit,
            Clock clock) {
        this.ledger = IssuanceLedger.open(dataDirectory, clock, configuration.kiosk().hall().timeZone());
        this.reports = new IssuanceReports(backend, ledger, RetryPolicy.standard(new SecureRandom()));
        reports.start();
        this.renderer = new CertificateRenderer(CertificateFonts.of(configuration.kiosk().hall().certificateFonts()),
                clock);
        this.work = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "certificate-desk");
            thread.setDaemon(true);
            return thread;
        });
        // a certificate left queued at the printer by a crash is cancelled before anything new prints
        LeftoverPrintJobs leftovers = new LeftoverPrintJobs(printer, ledger, reports, audit, PRINTER_ANSWER_WAIT);
        leftovers.start(work);
        // the lookup key is the submissions' own: the ledger keys holders by the same hash
        this.desk = new CertificateDesk(backend, ledger, reports, lookupKey,
                renderer, printer, new PrintGate(), leftovers, SessionBinding.of(shell, cards),
                IssuancePolicy.from(configuration), work);
    }

    CertificateDesk desk() {
        return desk;
    }

    @Override
    public void close() {
        work.shutdownNow();
        reports.close();
        ledger.close();
        renderer.close();
    }
}
