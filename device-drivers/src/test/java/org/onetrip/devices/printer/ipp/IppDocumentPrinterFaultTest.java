package org.onetrip.devices.printer.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/** The IPP driver against a printer double on loopback HTTP, for the faults a real test printer cannot show. */
class IppDocumentPrinterFaultTest {
    private static final byte[] PDF = "%PDF-1.4\n% certificate under test\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private FakeIppPrinter fake;
    private IppDocumentPrinter printer;
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fake = new FakeIppPrinter();
        printer = printerWith(Duration.ofSeconds(10));
    }

    private IppDocumentPrinter printerWith(Duration deadline) {
        return new IppDocumentPrinter(fake.uri(), IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(50))
                .withJobDeadline(deadline).withRequestTimeout(Duration.ofSeconds(2)), IppDocumentPrinterTest.CLOCK);
    }

    @AfterEach
    void stop() {
        printer.close();
        fake.close();
    }

    private PrintJobOutcome print() throws Exception {
        return printer.print(new PrintRequest("certificate-0002", PDF), progress::add).get(20, TimeUnit.SECONDS);
    }

    @Test
    void followsTheJobThroughItsStatesAndSendsTheDocumentUnchanged() throws Exception {
        fake.scriptJobs(JobState.PENDING, JobState.PROCESSING, JobState.PROCESSING, JobState.COMPLETED);

        PrintJobOutcome outcome = print();

        assertThat(outcome).isEqualTo(new PrintJobOutcome.Completed(1, java.util.OptionalInt.of(1)));
        assertThat(progress).extracting(JobProgress::state).containsExactly(JobState.PENDING, JobState.PROCESSING, JobState.COMPLETED);
        assertThat(fake.documents()).singleElement().isEqualTo(PDF);
        assertThat(fake.operations().subList(0, 2)).containsExactly(IppOperation.GET_PRINTER_ATTRIBUTES.code(),
                IppOperation.PRINT_JOB.code());
        assertThat(fake.count(IppOperation.GET_JOB_ATTRIBUTES)).isEqualTo(4);
    }

    @Test
    void aStoppedPrinterWithAJamRefusesAtOnce() throws Exception {
        fake.setPrinter(5, "media-jam-error");

        PrintJobOutcome outcome = print();

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Failed.class);
        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.MEDIA_JAM);
        assertThat(fake.count(org.onetrip.devices.printer.ipp.IppOperation.PRINT_JOB)).isZero();
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.MEDIA_JAM);
    }

    @Test
    void aStoppedPrinterWithoutAReasonIsReportedStopped() throws Exception {
        fake.setPrinter(5);

        PrintJobOutcome outcome = print();

        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.PRINTER_STOPPED);
        assertThat(fake.count(org.onetrip.devices.printer.ipp.IppOperation.PRINT_JOB)).isZero();
    }

    @Test
    void anOpenDoorRefusesAtOnce() throws Exception {
        fake.setPrinter(3, "door-open-error");

        assertThat(((PrintJobOutcome.Failed) print()).reason()).isEqualTo(PrintFailure.DOOR_OPEN);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.DOOR_OPEN);
    }

    @Test
    void aPrinterNotAcceptingJobsRefuses() throws Exception {
        fake.setAccepting(false);

        assertThat(((PrintJobOutcome.Failed) print()).reason()).isEqualTo(PrintFailure.NOT_ACCEPTING_JOBS);
        assertThat(fake.count(org.onetrip.devices.printer.ipp.IppOperation.PRINT_JOB)).isZero();
    }

    @Test
    void anAbortedJobIsAFailureWithItsState() throws Exception {
        fake.scriptJobs(JobState.PROCESSING, JobState.ABORTED);

        PrintJobOutcome outcome = print();

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) outcome;
        assertThat(failed.reason()).isEqualTo(PrintFailure.JOB_ABORTED);
        assertThat(failed.jobState()).contains(JobState.ABORTED);
        assertThat(failed.jobId()).hasValue(1);
    }

    @Test
    void aJobThatNeverFinishesTimesOutAndIsCancelledSoItCannotPrintLater() throws Exception {
        printer.close();
        printer = printerWith(Duration.ofSeconds(1));
        fake.scriptJobs(JobState.PROCESSING_STOPPED);

        PrintJobOutcome outcome = print();

        assertThat(outcome).isInstanceOf(PrintJobOutcome.TimedOut.class);
        PrintJobOutcome.TimedOut timedOut = (PrintJobOutcome.TimedOut) outcome;
        assertThat(timedOut.jobId()).hasValue(1);
        assertThat(timedOut.lastState()).contains(JobState.PROCESSING_STOPPED);
        assertThat(timedOut.cancelled()).isTrue();
        assertThat(fake.count(IppOperation.CANCEL_JOB)).isEqualTo(1);
        assertThat(printer.counters()).containsEntry("jobsTimedOut", 1L);
    }

    @Test
    void cancellingARunningJobEndsItsPrintAsCancelled() throws Exception {
        fake.scriptJobs(JobState.PROCESSING);
        CountDownLatch processing = new CountDownLatch(1);

        CompletableFuture<PrintJobOutcome> outcome = printer.print(new PrintRequest("certificate-0003", PDF), step -> {
            if (step.state() == JobState.PROCESSING) {
                processing.countDown();
            }
        });
        assertThat(processing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(printer.cancel(1).get(5, TimeUnit.SECONDS)).isEqualTo(new CancelOutcome.Cancelled(1));

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) outcome.get(10, TimeUnit.SECONDS);
        assertThat(failed.reason()).isEqualTo(PrintFailure.JOB_CANCELED);
        assertThat(failed.jobState()).contains(JobState.CANCELED);
    }

    @Test
    void aBusyPrinterIsAskedAgainUntilItTakesTheJob() throws Exception {
        fake.fault(IppOperation.PRINT_JOB, FakeIppPrinter.Fault.BUSY, 3);

        PrintJobOutcome outcome = print();

        assertThat(outcome.printed()).isTrue();
        assertThat(fake.count(IppOperation.PRINT_JOB)).isEqualTo(4);
        assertThat(fake.documents()).hasSize(1);
    }

    @Test
    void aMalformedStatusAnswerIsAProtocolError() throws Exception {
        fake.fault(IppOperation.GET_PRINTER_ATTRIBUTES, FakeIppPrinter.Fault.MALFORMED, 1);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print();

        assertThat(failed.reason()).isEqualTo(PrintFailure.PROTOCOL_ERROR);
        assertThat(failed.detail()).contains("malformed IPP response");
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.PROTOCOL_ERROR);
        assertThat(fake.count(org.onetrip.devices.printer.ipp.IppOperation.PRINT_JOB)).isZero();
    }

    @Test
    void aDroppedConnectionOnPrintJobIsReportedAsOffline() throws Exception {
        fake.fault(IppOperation.PRINT_JOB, FakeIppPrinter.Fault.DROP, 1);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print();

        assertThat(failed.reason()).isEqualTo(PrintFailure.PRINTER_OFFLINE);
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
    }

    @Test
    void pollsThatFailForAMomentDoNotLoseTheJob() throws Exception {
        fake.fault(IppOperation.GET_JOB_ATTRIBUTES, FakeIppPrinter.Fault.DROP, 1);
        fake.fault(IppOperation.GET_JOB_ATTRIBUTES, FakeIppPrinter.Fault.HTTP_ERROR, 1);
        fake.fault(IppOperation.GET_JOB_ATTRIBUTES, FakeIppPrinter.Fault.MALFORMED, 1);

        PrintJobOutcome outcome = print();

        assertThat(outcome.printed()).isTrue();
        assertThat(printer.counters()).containsEntry("pollFailures", 3L).containsEntry("jobsCompleted", 1L);
    }

    @Test
    void anUnreachablePrinterFailsAsOfflineWithoutThrowing() throws Exception {
        fake.close();

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print();

        assertThat(failed.reason()).isEqualTo(PrintFailure.PRINTER_OFFLINE);
        assertThat(printer.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.PORT_MISSING);
    }

    @Test
    void aWithdrawalCheckThatThrowsEndsThePrintAsADriverErrorNotAnExceptionalFuture() throws Exception {
        CompletableFuture<PrintJobOutcome> outcome = printer.print(new PrintRequest("certificate-0005", PDF), progress::add,
                () -> {
                    throw new IllegalStateException("session already wiped");
                });

        PrintJobOutcome ended = outcome.get(20, TimeUnit.SECONDS);

        assertThat(ended).isInstanceOfSatisfying(PrintJobOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(PrintFailure.DRIVER_ERROR);
            assertThat(failed.detail()).contains("session already wiped").contains("no job was created");
        });
        assertThat(fake.count(org.onetrip.devices.printer.ipp.IppOperation.PRINT_JOB)).isZero();
        assertThat(printer.counters()).containsEntry("printFailure.DRIVER_ERROR", 1L);
    }

    @Test
    void aSurpriseInAScheduledStepEndsThePrintWithAnOutcome() throws Exception {
        fake.fault(IppOperation.PRINT_JOB, FakeIppPrinter.Fault.BUSY, 1);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<PrintJobOutcome> outcome = printer.print(new PrintRequest("certificate-0006", PDF), progress::add,
                () -> {
                    if (asked.incrementAndGet() > 1) {
                        throw new IllegalStateException("listener gone");
                    }
                    return true;
                });

        PrintJobOutcome ended = outcome.get(20, TimeUnit.SECONDS);

        assertThat(asked).hasValue(2);
        assertThat(ended).isInstanceOfSatisfying(PrintJobOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(PrintFailure.DRIVER_ERROR));
        // the printer is free for the next print
        assertThat(printer.print(new PrintRequest("certificate-0007", PDF), progress::add).get(20, TimeUnit.SECONDS).printed())
                .isTrue();
    }

    @Test
    void closingWhileAJobRunsEndsItsPrint() throws Exception {
        fake.scriptJobs(JobState.PROCESSING);
        CountDownLatch processing = new CountDownLatch(1);
        CompletableFuture<PrintJobOutcome> outcome = printer.print(new PrintRequest("certificate-0004", PDF), step -> {
            if (step.state() == JobState.PROCESSING) {
                processing.countDown();
            }
        });
        assertThat(processing.await(10, TimeUnit.SECONDS)).isTrue();

        printer.close();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(PrintJobOutcome.TimedOut.class);
        assertThat(outcome.get().printed()).isFalse();
    }
}
