package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.JobListing;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.PrinterJob;
import org.onetrip.devices.printer.diag.TestPage;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.SelfTestResult;

/** The IPP driver against a real IPP Everywhere printer (ippeveprinter) on loopback. */
class IppDocumentPrinterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    static final IppEvePrinterExtension ippeve = new IppEvePrinterExtension();

    private IppDocumentPrinter printer;
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    private IppDocumentPrinter printer() {
        if (printer == null) {
            printer = new IppDocumentPrinter(ippeve.uri(), IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(100))
                    .withJobDeadline(Duration.ofSeconds(20)), CLOCK);
        }
        return printer;
    }

    @AfterEach
    void close() {
        if (printer != null) {
            printer.close();
        }
    }

    private PrintJobOutcome print(byte[] pdf) throws Exception {
        return printer().print(new PrintRequest("certificate-0001", pdf), progress::add).get(30, TimeUnit.SECONDS);
    }

    private static byte[] page() {
        return TestPage.pdf(ZonedDateTime.now(CLOCK), "ipp://localhost/ipp/print");
    }

    @Test
    void printsThePdfAndThePrinterKeepsExactlyThatFile() throws Exception {
        byte[] pdf = page();

        PrintJobOutcome outcome = print(pdf);

        assertThat(outcome).as(ippeve.printerLog()).isInstanceOf(PrintJobOutcome.Completed.class);
        int jobId = ((PrintJobOutcome.Completed) outcome).jobId();
        Path kept = ippeve.keptDocument(jobId).orElseThrow();
        assertThat(Files.readAllBytes(kept)).isEqualTo(pdf);
        assertThat(progress).isNotEmpty().allMatch(p -> p.jobId() == jobId);
        assertThat(progress.get(progress.size() - 1).state()).isEqualTo(JobState.COMPLETED);
        assertThat(printer().counters()).containsEntry("jobsCompleted", 1L);
        assertThat(printer().status().state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void anEmptyTrayRefusesThePrintAtOnceAndSendsNothing() throws Exception {
        ippeve.setSheetsInTray(0);

        PrintJobOutcome outcome = print(page());

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Failed.class);
        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) outcome;
        assertThat(failed.reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(failed.jobId()).isEmpty();
        assertThat(failed.printerReasons()).contains(DeviceReason.PAPER_OUT);
        assertThat(failed.detail()).contains("media-empty");
        assertThat(ippeve.keptDocument(1)).isEmpty();
        assertThat(printer().status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer().status().reasons()).contains(DeviceReason.PAPER_OUT);

        ippeve.setSheetsInTray(250);
        assertThat(print(page()).printed()).isTrue();
    }

    @Test
    void aJobAbortedByAPaperJamIsNotPrintedAndTheNextOneIsRefused() throws Exception {
        ippeve.failNextJobWith("media-jam");

        PrintJobOutcome outcome = print(page());

        assertThat(outcome).as(ippeve.printerLog()).isInstanceOf(PrintJobOutcome.Failed.class);
        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) outcome;
        assertThat(failed.reason()).isEqualTo(PrintFailure.MEDIA_JAM);
        assertThat(failed.jobState()).contains(JobState.ABORTED);
        assertThat(failed.jobId()).isPresent();
        assertThat(progress).extracting(JobProgress::state).endsWith(JobState.ABORTED);

        PrintJobOutcome next = print(page());
        assertThat(next).isInstanceOf(PrintJobOutcome.Failed.class);
        assertThat(((PrintJobOutcome.Failed) next).reason()).isEqualTo(PrintFailure.MEDIA_JAM);
        assertThat(((PrintJobOutcome.Failed) next).jobId()).isEmpty();
        assertThat(printer().counters()).containsEntry("printFailure.MEDIA_JAM", 2L);
    }

    @Test
    void lowTonerDegradesThePrinterButStillPrints() throws Exception {
        ippeve.setTonerPercent(3);

        PrintJobOutcome outcome = print(page());

        assertThat(outcome.printed()).isTrue();
        assertThat(printer().status().state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(printer().status().reasons()).containsExactly(DeviceReason.TONER_LOW);
    }

    @Test
    void emptyTonerRefusesThePrint() throws Exception {
        ippeve.setTonerPercent(0);

        PrintJobOutcome outcome = print(page());

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Failed.class);
        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.TONER_OUT);
    }

    @Test
    void aJobHeldAtThePrinterIsListedAsThisDriversOwnAndOnceCancelledNeverPrints() throws Exception {
        ippeve.holdEngine();
        CountDownLatch processing = new CountDownLatch(1);
        CompletableFuture<PrintJobOutcome> printing = printer().print(new PrintRequest("certificate-0001", page()), step -> {
            if (step.state() == JobState.PROCESSING) {
                processing.countDown();
            }
        });
        assertThat(processing.await(20, TimeUnit.SECONDS)).as(ippeve.printerLog()).isTrue();

        JobListing unfinished = printer().unfinishedJobs().get(10, TimeUnit.SECONDS);
        assertThat(unfinished).isInstanceOfSatisfying(JobListing.Listed.class, listed -> assertThat(listed.jobs())
                .containsExactly(new PrinterJob(1, "certificate-0001", JobState.PROCESSING)));
        try (IppDocumentPrinter anotherKiosk = new IppDocumentPrinter(ippeve.uri(),
                IppPrinterSettings.defaults().withUserName("SZ-NS-0002"), CLOCK)) {
            assertThat(anotherKiosk.unfinishedJobs().get(10, TimeUnit.SECONDS)).isEqualTo(new JobListing.Listed(List.of()));
        }

        assertThat(printer().cancel(1).get(10, TimeUnit.SECONDS)).isEqualTo(new CancelOutcome.Cancelled(1));
        ippeve.releaseEngine();

        PrintJobOutcome outcome = printing.get(30, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOfSatisfying(PrintJobOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(PrintFailure.JOB_CANCELED));
        assertThat(ippeve.jobState(1)).contains(JobState.CANCELED);
        assertThat(ippeve.keptDocument(1)).as("the printer received it").isPresent();
        assertThat(ippeve.printedDocument(1)).as("and never printed it").isEmpty();
        assertThat(printer().unfinishedJobs().get(10, TimeUnit.SECONDS)).isEqualTo(new JobListing.Listed(List.of()));
        assertThat(printer().finishedJobs().get(10, TimeUnit.SECONDS)).isEqualTo(new JobListing.Listed(
                List.of(new PrinterJob(1, "certificate-0001", JobState.CANCELED))));
        assertThat(printer().cancel(1).get(10, TimeUnit.SECONDS)).isInstanceOf(CancelOutcome.AlreadyEnded.class);
    }

    @Test
    void aPrinterThatDoesNotAnswerIsReportedUnreachableWithinTheRequestTimeout() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (IppDocumentPrinter nobody = new IppDocumentPrinter(java.net.URI.create("ipp://localhost:" + closedPort + "/ipp/print"),
                IppPrinterSettings.defaults().withRequestTimeout(Duration.ofSeconds(2)), CLOCK)) {
            assertThat(nobody.unfinishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOf(JobListing.Unreachable.class);
            assertThat(nobody.finishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOf(JobListing.Unreachable.class);
            assertThat(nobody.cancel(7).get(10, TimeUnit.SECONDS)).isInstanceOf(CancelOutcome.Unreachable.class);
            assertThat(nobody.status().state()).isEqualTo(DeviceState.OFFLINE);
        }
    }

    @Test
    void selfTestReportsTheModelAndState() throws Exception {
        SelfTestResult result = printer().selfTest().get(10, TimeUnit.SECONDS);

        assertThat(result.ok()).as(result.message()).isTrue();
        assertThat(result.details()).containsEntry("state", "IDLE").containsKey("model").containsEntry("accepting", "true");
        assertThat(printer().status().state()).isEqualTo(DeviceState.ONLINE);
    }
}
