package org.onetrip.devices.printer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.attribute.standard.PrinterState;
import javax.print.attribute.standard.PrinterStateReason;
import javax.print.attribute.standard.PrinterStateReasons;
import javax.print.attribute.standard.Severity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.diag.TestPage;
import org.onetrip.devices.printer.system.ReportingPrintService.JobEvents;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/**
 * The javax.print driver against the JDK's own PostScript print service, which renders into a
 * stream: the same path a CUPS queue takes, with the output in hand.
 */
class SystemPrintServicePrinterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private StreamPrintService service;
    private SystemPrintServicePrinter printer;
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream print service").isNotEmpty();
        service = factories[0].getPrintService(postScript);
        printer = new SystemPrintServicePrinter(service, Duration.ofSeconds(10), CLOCK);
    }

    @AfterEach
    void stop() {
        printer.close();
        service.dispose();
    }

    @Test
    void rendersThePdfThroughTheServiceAndCompletesWhenTheServiceSaysSo() throws Exception {
        byte[] pdf = TestPage.pdf(ZonedDateTime.now(CLOCK), "ipp://printer/ipp/print");

        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0005", pdf), progress::add).get(30, TimeUnit.SECONDS);

        String output = postScript.toString(StandardCharsets.ISO_8859_1);
        assertThat(output).startsWith("%!PS-Adobe").endsWith("%%EOF\n");
        assertThat(output.split("\nshowpage\n", -1)).as("one page").hasSize(2);
        // the JDK's stream service reports "job complete" once the last page is written
        assertThat(outcome).isEqualTo(new PrintJobOutcome.Completed(1, java.util.OptionalInt.empty()));
        assertThat(progress).extracting(JobProgress::state).containsExactly(JobState.PROCESSING, JobState.COMPLETED);
        assertThat(printer.counters()).containsEntry("jobsCompleted", 1L);
    }

    @Test
    void aDocumentPdfBoxCannotReadIsRejectedWithoutPrinting() throws Exception {
        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0006",
                "%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII)), progress::add).get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Failed.class);
        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.DOCUMENT_REJECTED);
        assertThat(postScript.size()).isZero();
        assertThat(printer.counters()).containsEntry("printFailure.DOCUMENT_REJECTED", 1L);
    }

    @Test
    void aServiceThatNeverSaysTheJobCompletedLeavesItUnconfirmed() throws Exception {
        printer.close();
        printer = new SystemPrintServicePrinter(new ReportingPrintService(service, JobEvents.NO_MORE_EVENTS),
                Duration.ofSeconds(10), CLOCK);
        byte[] pdf = TestPage.pdf(ZonedDateTime.now(CLOCK), "ipp://printer/ipp/print");

        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0007", pdf), progress::add).get(30, TimeUnit.SECONDS);

        assertThat(postScript.toString(StandardCharsets.ISO_8859_1)).contains("showpage");
        assertThat(outcome).isInstanceOf(PrintJobOutcome.Unconfirmed.class);
        assertThat(outcome.printed()).isFalse();
        assertThat(printer.counters()).containsEntry("jobsUnconfirmed", 1L).doesNotContainKey("jobsCompleted");
    }

    @Test
    void aServiceThatSaysNothingIsUnconfirmedAtTheDeadline() throws Exception {
        printer.close();
        printer = new SystemPrintServicePrinter(new ReportingPrintService(service, JobEvents.SILENCE),
                Duration.ofSeconds(1), CLOCK);

        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0010",
                TestPage.pdf(ZonedDateTime.now(CLOCK), "x")), progress::add).get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Unconfirmed.class);
        assertThat(((PrintJobOutcome.Unconfirmed) outcome).detail()).contains("nothing final within 1 s");
    }

    @Test
    void aStoppedQueueWithAnEmptyTrayRefusesWithoutRendering() throws Exception {
        PrinterStateReasons reasons = new PrinterStateReasons();
        reasons.put(PrinterStateReason.MEDIA_EMPTY, Severity.ERROR);
        printer.close();
        printer = new SystemPrintServicePrinter(new ReportingPrintService(service, JobEvents.COMPLETION,
                PrinterState.STOPPED, reasons),
                Duration.ofSeconds(10), CLOCK);

        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0008",
                TestPage.pdf(ZonedDateTime.now(CLOCK), "x")), progress::add).get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Failed.class);
        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(postScript.size()).isZero();
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.PAPER_OUT);
    }

    @Test
    void aQueueNotAcceptingJobsRefuses() throws Exception {
        printer.close();
        printer = new SystemPrintServicePrinter(new ReportingPrintService(service, JobEvents.COMPLETION, PrinterState.IDLE,
                PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS), Duration.ofSeconds(10), CLOCK);

        PrintJobOutcome outcome = printer.print(new PrintRequest("certificate-0009",
                TestPage.pdf(ZonedDateTime.now(CLOCK), "x")), progress::add).get(10, TimeUnit.SECONDS);

        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.NOT_ACCEPTING_JOBS);
        assertThat(postScript.size()).isZero();
    }

    @Test
    void selfTestNamesTheService() throws Exception {
        var result = printer.selfTest().get(10, TimeUnit.SECONDS);

        assertThat(result.details()).containsEntry("pageable", "true").containsKey("service");
    }

    @Test
    void anUnknownServiceNameListsTheServicesThereAre() {
        assertThatThrownBy(() -> SystemPrintServicePrinter.named("no such printer", Duration.ofSeconds(5),
                CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no print service named \"no such printer\"");
    }
}
