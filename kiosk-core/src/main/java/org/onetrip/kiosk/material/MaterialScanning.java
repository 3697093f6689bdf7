package org.onetrip.kiosk.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.onetrip.devices.scanner.DocumentScanner;
import org.onetrip.devices.scanner.ScanFailed;
import org.onetrip.devices.scanner.ScanJob;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanStart;
import org.onetrip.devices.scanner.ScanStep;

/**
 * Scans sheets into one material: each page is fetched, checked and kept (or left out as blank or
 * unreadable) before the next is asked for, so one decoded page at most is in memory however many
 * sheets the feeder holds.
 */
public final class MaterialScanning {
    private final DocumentScanner scanner;
    private final Executor work;

    /** @param work where pages are checked; not the screen's thread and not the scanner's */
    public MaterialScanning(DocumentScanner scanner, Executor work) {
        this.scanner = scanner;
        this.work = work;
    }

    /** A scan under way. */
    public interface RunningScan {
        /** Completes when the scanner ran out of paper, stopped, or refused; never exceptionally for those. */
        CompletableFuture<ScanReport> report();

        /** Asks the scanner to stop; pages already added stay. */
        void cancel();
    }

    /**
     * Scans into {@code materialCode} of {@code checklist}.
     *
     * @param eachPage told of each sheet's outcome as it is known, on the work executor; must not block
     */
    public RunningScan scan(MaterialChecklist checklist, String materialCode, ScanRequest request,
                            Consumer<PageOutcome> eachPage) {
        MaterialPages pages = checklist.item(materialCode).pages();
        Path incoming;
        try {
            incoming = checklist.incoming();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the spool for incoming pages", e);
        }
        AtomicReference<ScanJob> running = new AtomicReference<>();
        Tally tally = new Tally();
        CompletableFuture<ScanReport> report = scanner.start(request, incoming).thenComposeAsync(start -> {
            if (start instanceof ScanFailed failed) {
                return CompletableFuture.completedFuture(tally.report(Optional.of(failed)));
            }
            ScanJob job = ((ScanStart.Started) start).job();
            running.set(job);
            return pump(job, pages, eachPage, tally);
        }, work);
        report.whenComplete((done, failure) -> {
            // a page that could not be taken ends the scan here; the scanner must not stay busy with the rest
            ScanJob job = running.get();
            if (failure != null && job != null) {
                job.close();
            }
        });
        return new RunningScan() {
            @Override
            public CompletableFuture<ScanReport> report() {
                return report;
            }

            @Override
            public void cancel() {
                ScanJob job = running.get();
                if (job != null) {
                    job.cancel();
                }
            }
        };
    }

    private CompletableFuture<ScanReport> pump(ScanJob job, MaterialPages pages, Consumer<PageOutcome> eachPage, Tally tally) {
        return job.nextPage().thenComposeAsync(step -> {
            if (step instanceof ScanStep.Page page) {
                PageOutcome outcome = pages.add(page.page().file());
                tally.count(page.page().number(), outcome);
                eachPage.accept(outcome);
                return pump(job, pages, eachPage, tally);
            }
            if (step instanceof ScanFailed failed) {
                return CompletableFuture.completedFuture(tally.report(Optional.of(failed)));
            }
            return CompletableFuture.completedFuture(tally.report(Optional.empty()));
        }, work);
    }

    /** Counts of one scan; touched by one step at a time, in order. */
    private static final class Tally {
        private int added;
        private final List<Integer> blank = new ArrayList<>();
        private final List<PageOutcome.Unusable> unusable = new ArrayList<>();

        synchronized void count(int number, PageOutcome outcome) {
            if (outcome instanceof PageOutcome.Added) {
                added++;
            } else if (outcome instanceof PageOutcome.Blank) {
                blank.add(number);
            } else if (outcome instanceof PageOutcome.Unusable u) {
                unusable.add(u);
            }
        }

        synchronized ScanReport report(Optional<ScanFailed> stoppedBy) {
            return new ScanReport(added, blank, unusable, stoppedBy);
        }
    }
}
