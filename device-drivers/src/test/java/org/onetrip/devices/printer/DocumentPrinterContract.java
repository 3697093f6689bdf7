package org.onetrip.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.onetrip.devices.printer.diag.TestPage;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.SelfTestResult;

/** What every {@link DocumentPrinter} promises, run against each driver with a printer behind it. */
public abstract class DocumentPrinterContract {
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    protected abstract DocumentPrinter printer();

    /** The document the printer received for the last job, as the far end saw it. */
    protected abstract void assertReceivedTheDocument(byte[] pdf, PrintJobOutcome.Completed outcome) throws Exception;

    /** Whether the driver can ask the printer for its jobs; one that cannot says so with {@link JobListing.NotListed}. */
    protected boolean listsJobs() {
        return true;
    }

    @Test
    void aPrintEndsCompletedOnlyWithTheJobFollowedToItsEnd() throws Exception {
        byte[] pdf = TestPage.pdf(ZonedDateTime.now(TODAY), "contract");
        List<JobProgress> progress = new CopyOnWriteArrayList<>();

        PrintJobOutcome outcome = printer().print(new PrintRequest("certificate-contract", pdf), progress::add)
                .get(30, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Completed.class);
        assertThat(outcome.printed()).isTrue();
        assertThat(progress).extracting(JobProgress::state).last().isEqualTo(JobState.COMPLETED);
        assertReceivedTheDocument(pdf, (PrintJobOutcome.Completed) outcome);
        assertThat(printer().counters()).containsEntry("jobsCompleted", 1L);
    }

    @Test
    void aPrintedJobIsListedAmongTheDriversFinishedJobsNotItsUnfinishedOnes() throws Exception {
        byte[] pdf = TestPage.pdf(ZonedDateTime.now(TODAY), "contract");
        PrintJobOutcome.Completed done = (PrintJobOutcome.Completed) printer()
                .print(new PrintRequest("certificate-listed", pdf), step -> { }).get(30, TimeUnit.SECONDS);
        if (!listsJobs()) {
            assertThat(printer().finishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOf(JobListing.NotListed.class);
            assertThat(printer().unfinishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOf(JobListing.NotListed.class);
            assertThat(printer().cancel(done.jobId()).get(10, TimeUnit.SECONDS)).isInstanceOf(CancelOutcome.Refused.class);
            return;
        }

        assertThat(printer().finishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(JobListing.Listed.class,
                listed -> assertThat(listed.jobs()).contains(new PrinterJob(done.jobId(), "certificate-listed", JobState.COMPLETED)));
        assertThat(printer().unfinishedJobs().get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(JobListing.Listed.class,
                listed -> assertThat(listed.jobs()).extracting(PrinterJob::jobId).doesNotContain(done.jobId()));
    }

    @Test
    void aHealthyPrinterIsOnlineAndPassesItsSelfTest() throws Exception {
        SelfTestResult selfTest = printer().selfTest().get(10, TimeUnit.SECONDS);

        assertThat(selfTest.ok()).as(selfTest.message()).isTrue();
        assertThat(printer().refreshStatus().get(10, TimeUnit.SECONDS).state()).isIn(DeviceState.ONLINE, DeviceState.BUSY);
        assertThat(printer().status().reasons()).isEmpty();
    }

    @Test
    void statusListenersHearTheFirstCheck() throws Exception {
        List<DeviceState> states = new CopyOnWriteArrayList<>();
        printer().addStatusListener(event -> states.add(event.current().state()));

        printer().refreshStatus().get(10, TimeUnit.SECONDS);

        assertThat(states).isNotEmpty().last().isEqualTo(printer().status().state());
    }

    @Test
    void closingTwiceIsHarmless() {
        printer().close();
        printer().close();
    }
}
