package org.onetrip.devices.printer.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.printer.CancelOutcome;
import org.onetrip.devices.printer.JobProgress;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.PrintFailure;
import org.onetrip.devices.printer.PrintJobOutcome;
import org.onetrip.devices.printer.PrintRequest;
import org.onetrip.devices.printer.diag.TestPage;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/** The real IPP driver against the simulator over loopback HTTP: what a kiosk would see of each fault. */
class IppPrinterSimulatorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path tray;

    private IppPrinterSimulator simulator;
    private IppDocumentPrinter printer;
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();
    private final byte[] pdf = TestPage.pdf(ZonedDateTime.now(CLOCK), "ipp://simulator");

    @BeforeEach
    void start() throws Exception {
        simulator = new IppPrinterSimulator(0, Optional.of(tray), Duration.ofMillis(100));
        printer = printerWith(Duration.ofSeconds(10));
    }

    private IppDocumentPrinter printerWith(Duration deadline) {
        return new IppDocumentPrinter(simulator.uri(), IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(50))
                .withJobDeadline(deadline).withRequestTimeout(Duration.ofSeconds(2)), CLOCK);
    }

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
    }

    private CompletableFuture<PrintJobOutcome> print(String name) {
        return printer.print(new PrintRequest(name, pdf), progress::add);
    }

    @Test
    void aCompletedJobIsSavedUnchangedInTheTrayUnderItsJobName() throws Exception {
        PrintJobOutcome outcome = print("ZM-HJ-7K2M").get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.Completed.class);
        assertThat(((PrintJobOutcome.Completed) outcome).pages()).hasValue(1);
        assertThat(progress).extracting(JobProgress::state).endsWith(JobState.COMPLETED);
        Path saved = tray.resolve("job-1-ZM-HJ-7K2M.pdf");
        assertThat(Files.readAllBytes(saved)).isEqualTo(pdf);
        assertThat(simulator.jobs()).singleElement().satisfies(job -> {
            assertThat(job.state()).isEqualTo(JobState.COMPLETED);
            assertThat(job.printed()).contains(saved);
        });
    }

    @Test
    void jobNumbersGoOnAfterTheJobsAlreadyInTheTray() throws Exception {
        Files.write(tray.resolve("job-41-earlier.pdf"), pdf);
        simulator.close();
        simulator = new IppPrinterSimulator(0, Optional.of(tray), Duration.ZERO);
        printer.close();
        printer = printerWith(Duration.ofSeconds(10));

        PrintJobOutcome.Completed done = (PrintJobOutcome.Completed) print("next").get(10, TimeUnit.SECONDS);

        assertThat(done.jobId()).isEqualTo(42);
        assertThat(tray.resolve("job-42-next.pdf")).exists();
    }

    @Test
    void anEmptyTrayRefusesBeforeAnythingIsSent() throws Exception {
        simulator.set(PrinterCondition.MEDIA_EMPTY);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print("a").get(10, TimeUnit.SECONDS);

        assertThat(failed.reason()).isEqualTo(PrintFailure.PAPER_OUT);
        assertThat(simulator.jobs()).isEmpty();
        assertThat(printer.status().state()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(printer.status().reasons()).containsExactly(DeviceReason.PAPER_OUT);
    }

    @Test
    void anOpenDoorAndAPausedPrinterRefuse() throws Exception {
        simulator.set(PrinterCondition.DOOR_OPEN);
        assertThat(((PrintJobOutcome.Failed) print("a").get(10, TimeUnit.SECONDS)).reason()).isEqualTo(PrintFailure.DOOR_OPEN);

        simulator.clear(PrinterCondition.DOOR_OPEN);
        simulator.set(PrinterCondition.PAUSED);
        assertThat(((PrintJobOutcome.Failed) print("b").get(10, TimeUnit.SECONDS)).reason())
                .isEqualTo(PrintFailure.PRINTER_STOPPED);

        simulator.clearAll();
        assertThat(print("c").get(10, TimeUnit.SECONDS).printed()).isTrue();
    }

    @Test
    void aJamDuringPrintingAbortsTheJobAndNothingIsSaved() throws Exception {
        simulator.printTime(Duration.ofMinutes(1));
        CountDownLatch processing = processingLatch();
        CompletableFuture<PrintJobOutcome> outcome = print("jammed");
        assertThat(processing.await(10, TimeUnit.SECONDS)).isTrue();

        simulator.set(PrinterCondition.MEDIA_JAM);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) outcome.get(10, TimeUnit.SECONDS);
        assertThat(failed.reason()).isEqualTo(PrintFailure.MEDIA_JAM);
        assertThat(failed.jobState()).contains(JobState.ABORTED);
        assertThat(tray).isEmptyDirectory();
    }

    @Test
    void aJamArmedForTheNextJobAbortsItMidPrintUntilCleared() throws Exception {
        simulator.jamAfterPages(0);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print("jam-armed").get(10, TimeUnit.SECONDS);

        assertThat(failed.reason()).isEqualTo(PrintFailure.MEDIA_JAM);
        assertThat(failed.jobState()).contains(JobState.ABORTED);
        assertThat(simulator.conditions()).containsExactly(PrinterCondition.MEDIA_JAM);
        assertThat(tray).isEmptyDirectory();

        simulator.clear(PrinterCondition.MEDIA_JAM);
        assertThat(print("after-jam").get(10, TimeUnit.SECONDS).printed()).isTrue();
    }

    @Test
    void paperRunningOutHoldsTheJobUntilPaperIsLoaded() throws Exception {
        simulator.printTime(Duration.ofMillis(300));
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean emptied = new java.util.concurrent.atomic.AtomicBoolean();
        simulator.addJobListener(job -> {
            if (job.state() == JobState.PROCESSING && emptied.compareAndSet(false, true)) {
                simulator.set(PrinterCondition.MEDIA_EMPTY);
            } else if (job.state() == JobState.PROCESSING_STOPPED) {
                stopped.countDown();
            }
        });
        CompletableFuture<PrintJobOutcome> outcome = print("held");
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome).isNotDone();

        simulator.steer("load-paper");

        assertThat(outcome.get(10, TimeUnit.SECONDS).printed()).isTrue();
        assertThat(progress).extracting(JobProgress::state).contains(JobState.COMPLETED);
    }

    @Test
    void aSlowPrinterPastTheDeadlineIsCancelledSoNothingComesOutLater() throws Exception {
        printer.close();
        printer = printerWith(Duration.ofSeconds(1));
        simulator.steer("slow 2m");

        PrintJobOutcome outcome = print("slow").get(10, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(PrintJobOutcome.TimedOut.class);
        assertThat(((PrintJobOutcome.TimedOut) outcome).cancelled()).isTrue();
        assertThat(simulator.jobs()).singleElement().extracting(SimulatedJob::state).isEqualTo(JobState.CANCELED);
        assertThat(tray).isEmptyDirectory();
    }

    @Test
    void aDroppedConnectionOnTheStatusCheckIsAnOfflinePrinter() throws Exception {
        simulator.dropConnections(1);

        PrintJobOutcome.Failed failed = (PrintJobOutcome.Failed) print("a").get(10, TimeUnit.SECONDS);

        assertThat(failed.reason()).isEqualTo(PrintFailure.PRINTER_OFFLINE);
        assertThat(simulator.jobs()).isEmpty();
        assertThat(print("b").get(10, TimeUnit.SECONDS).printed()).isTrue();
    }

    @Test
    void cancellingAJobBeingPrintedEndsItCancelled() throws Exception {
        simulator.printTime(Duration.ofMinutes(1));
        CountDownLatch processing = processingLatch();
        CompletableFuture<PrintJobOutcome> outcome = print("withdrawn");
        assertThat(processing.await(10, TimeUnit.SECONDS)).isTrue();

        int jobId = simulator.jobs().get(0).jobId();
        assertThat(printer.cancel(jobId).get(5, TimeUnit.SECONDS)).isEqualTo(new CancelOutcome.Cancelled(jobId));

        assertThat(((PrintJobOutcome.Failed) outcome.get(10, TimeUnit.SECONDS)).reason()).isEqualTo(PrintFailure.JOB_CANCELED);
        assertThat(tray).isEmptyDirectory();
    }

    @Test
    void aDocumentNoLongerWantedIsNeverSent() throws Exception {
        PrintJobOutcome outcome = printer.print(new PrintRequest("gone", pdf), progress::add, () -> false)
                .get(10, TimeUnit.SECONDS);

        assertThat(((PrintJobOutcome.Failed) outcome).reason()).isEqualTo(PrintFailure.JOB_CANCELED);
        assertThat(((PrintJobOutcome.Failed) outcome).jobId()).isEmpty();
        assertThat(simulator.jobs()).isEmpty();
    }

    @Test
    void theControlAddressSteersTheSimulatorAndExplainsBadCommands() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI control = URI.create("http://127.0.0.1:" + simulator.port() + IppPrinterSimulator.CONTROL_PATH);

        HttpResponse<String> jam = http.send(HttpRequest.newBuilder(control).POST(HttpRequest.BodyPublishers.ofString("media-jam"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(control).POST(HttpRequest.BodyPublishers.ofString("explode"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(jam.statusCode()).isEqualTo(200);
        assertThat(jam.body()).contains("media-jam-error");
        assertThat(simulator.conditions()).containsExactly(PrinterCondition.MEDIA_JAM);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unknown command 'explode'").contains("media-empty");
        assertThatThrownBy(() -> simulator.steer("slow soon")).hasMessageContaining("e.g. 20s");
        assertThatThrownBy(() -> simulator.steer("drop")).hasMessageContaining("drop N");
    }

    @Test
    void theCommandNeedsAPortAndAnOutputDirectory() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code = new CertificatePrinterSimulatorCommand().run(new String[] {"--port", "0"},
                new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("--out DIR").contains("usage: sim certificate-printer");
    }

    @Test
    void theCommandRunsAPrinterUntilStopped() throws Exception {
        CertificatePrinterSimulatorCommand command = new CertificatePrinterSimulatorCommand();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> command.run(
                new String[] {"--port", "0", "--out", tray.toString(), "--print-time", "10ms"},
                new PrintStream(text, true, StandardCharsets.UTF_8)));
        IppPrinterSimulator running = command.started().get(10, TimeUnit.SECONDS);
        printer.close();
        printer = new IppDocumentPrinter(running.uri(), IppPrinterSettings.defaults().withPollInterval(Duration.ofMillis(50)),
                CLOCK);

        assertThat(print("from-command").get(10, TimeUnit.SECONDS).printed()).isTrue();
        command.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(tray.resolve("job-1-from-command.pdf")).exists();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains(running.uri().toString());
    }

    private CountDownLatch processingLatch() {
        CountDownLatch latch = new CountDownLatch(1);
        simulator.addJobListener(job -> {
            if (job.state() == JobState.PROCESSING) {
                latch.countDown();
            }
        });
        return latch;
    }
}
