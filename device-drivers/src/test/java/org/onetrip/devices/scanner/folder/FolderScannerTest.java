package org.onetrip.devices.scanner.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanFailure;
import org.onetrip.devices.scanner.ScanJob;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

/** The folder driver against a real directory that a writer thread fills as a document camera does. */
class FolderScannerTest {
    private static final byte[] PAGE = new PageRenderer().render(SimulatedPage.DOCUMENT,
            ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.GRAYSCALE));
    private static final FolderSettings QUICK = new FolderSettings(Duration.ofMillis(400), Duration.ofSeconds(20),
            Duration.ofSeconds(2), 300);

    @TempDir
    Path camera;
    @TempDir
    Path spool;
    private FolderScanner scanner;

    @BeforeEach
    void open() {
        scanner = new FolderScanner(camera, QUICK, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        scanner.close();
    }

    @Test
    void takesAFileOnlyOnceItIsCompleteAndStable() throws Exception {
        ScanJob job = started(ScanSource.PLATEN, scanner);
        CompletableFuture<ScanStep> next = job.nextPage();
        CountDownLatch written = new CountDownLatch(1);
        Thread device = new Thread(() -> writeSlowly(camera.resolve("IMG_0001.jpg"), written));
        device.start();

        ScanStep step = next.get(30, TimeUnit.SECONDS);
        written.await(30, TimeUnit.SECONDS);

        assertThat(step).isInstanceOfSatisfying(ScanStep.Page.class, page -> {
            assertThat(page.page().bytes()).isEqualTo(PAGE.length);
            assertThat(page.page().mediaType()).isEqualTo("image/jpeg");
            assertThat(page.page().file().getParent()).isEqualTo(spool);
        });
        assertThat(Files.readAllBytes(((ScanStep.Page) step).page().file())).isEqualTo(PAGE);
        assertThat(camera.toFile().list()).isEmpty();
        assertThat(job.nextPage().get(10, TimeUnit.SECONDS)).isEqualTo(new ScanStep.Finished(1));
    }

    @Test
    void ignoresFilesBeingWrittenUnderATemporaryNameAndFilesFromBefore() throws Exception {
        Files.write(camera.resolve("old.jpg"), PAGE);
        ScanJob job = started(ScanSource.FEEDER, scanner);
        Path part = Files.write(camera.resolve("IMG_0002.jpg.part"), PAGE);
        Files.write(camera.resolve("notes.txt"), "not a page".getBytes());
        Files.move(part, camera.resolve("IMG_0002.jpg"), StandardCopyOption.ATOMIC_MOVE);

        ScanStep first = job.nextPage().get(30, TimeUnit.SECONDS);
        ScanStep end = job.nextPage().get(30, TimeUnit.SECONDS);

        assertThat(first).isInstanceOfSatisfying(ScanStep.Page.class,
                page -> assertThat(page.page().bytes()).isEqualTo(PAGE.length));
        assertThat(end).isEqualTo(new ScanStep.Finished(1));
        assertThat(camera.resolve("old.jpg")).exists();
        assertThat(camera.resolve("notes.txt")).exists();
    }

    @Test
    void noPageWithinTheWaitIsReported() throws Exception {
        FolderSettings impatient = new FolderSettings(Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(300), 300);
        try (FolderScanner quiet = new FolderScanner(camera, impatient, Clock.systemUTC())) {
            ScanJob job = started(ScanSource.PLATEN, quiet);

            assertThat(job.nextPage().get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScanFailed.class, failed -> {
                assertThat(failed.reason()).isEqualTo(ScanFailure.NO_PAGE);
                assertThat(failed.pagesDelivered()).isZero();
            });
        }
    }

    @Test
    void aMissingDirectoryIsAnOfflineScanner() throws Exception {
        try (FolderScanner missing = new FolderScanner(camera.resolve("unplugged"), QUICK, Clock.systemUTC())) {
            ScanStart start = missing.start(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.COLOR), spool)
                    .get(10, TimeUnit.SECONDS);

            assertThat(start).isInstanceOfSatisfying(ScanFailed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.SCANNER_OFFLINE));
            assertThat(missing.status().state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(missing.status().reasons()).containsExactly(DeviceReason.PORT_MISSING);
            assertThat(missing.selfTest().get(10, TimeUnit.SECONDS).ok()).isFalse();
        }
        assertThat(scanner.refreshStatus().get(10, TimeUnit.SECONDS).state()).isEqualTo(DeviceState.ONLINE);
    }

    @Test
    void cancelEndsAWaitingJob() throws Exception {
        ScanJob job = started(ScanSource.FEEDER, scanner);
        CompletableFuture<ScanStep> waiting = job.nextPage();

        job.cancel();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(ScanFailed.class,
                failed -> assertThat(failed.reason()).isEqualTo(ScanFailure.JOB_CANCELED));
    }

    @Test
    void recognisesPageNames() {
        assertThat(FolderScanner.isPageName(Path.of("IMG_1.JPG"))).isTrue();
        assertThat(FolderScanner.isPageName(Path.of("scan.tiff"))).isTrue();
        assertThat(FolderScanner.isPageName(Path.of(".IMG_1.jpg"))).isFalse();
        assertThat(FolderScanner.isPageName(Path.of("IMG_1.jpg.tmp"))).isFalse();
        assertThat(FolderScanner.isPageName(Path.of("IMG_1.jpg~"))).isFalse();
        assertThat(FolderScanner.isPageName(Path.of("readme"))).isFalse();
    }

    private ScanJob started(ScanSource source, FolderScanner on) throws Exception {
        ScanStart start = on.start(ScanRequest.jpeg(source, 300, ScanColorMode.COLOR), spool).get(10, TimeUnit.SECONDS);
        assertThat(start).isInstanceOf(ScanStart.Started.class);
        return ((ScanStart.Started) start).job();
    }

    /** Writes the page in eight pieces with short pauses, as a camera streaming to disk does. */
    private static void writeSlowly(Path file, CountDownLatch done) {
        try (OutputStream out = Files.newOutputStream(file)) {
            int piece = PAGE.length / 8 + 1;
            for (int offset = 0; offset < PAGE.length; offset += piece) {
                out.write(Arrays.copyOfRange(PAGE, offset, Math.min(PAGE.length, offset + piece)));
                out.flush();
                // the device's own pace; far shorter than the settle time
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }
}
