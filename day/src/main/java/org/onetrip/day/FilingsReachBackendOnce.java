package org.onetrip.day;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.onetrip.kiosk.outbox.OutboxEntry;
import org.onetrip.kiosk.outbox.OutboxState;

/**
 * Every filing whose receipt printed reaches the backend exactly once, and nothing else does: the
 * tracking numbers read off the printed receipts, the outbox, and the filings the backend holds
 * agree. With the backend offline, every such filing is queued in the outbox instead. A filing the
 * outbox set aside for failing is not lost (the technician sees it, and retries or exports it): it
 * is told apart, never silently passed over, and it must not have reached the backend twice.
 */
final class FilingsReachBackendOnce {

    /**
     * What the day gathered at its end.
     *
     * @param printed          tracking numbers read off the saved receipts, one per receipt (empty when unreadable)
     * @param told             tracking numbers the screen gave citizens, with whether it said the receipt printed
     * @param outbox           the outbox's entries
     * @param backendFilings   submission ids of the filings the backend holds, one per filing
     * @param backendReachable whether the backend was meant to be reachable at the end
     */
    record Evidence(List<Optional<String>> printed, Map<String, Boolean> told, List<OutboxEntry> outbox,
                    List<String> backendFilings, boolean backendReachable) {
    }

    /**
     * @param broken   told each broken promise
     * @param setAside told each printed receipt whose filing is set aside for the technician, with why
     */
    void check(Evidence e, Consumer<String> broken, Consumer<String> setAside) {
        long unreadable = e.printed().stream().filter(Optional::isEmpty).count();
        if (unreadable > 0) {
            broken.accept(unreadable + " printed receipt(s) carry no readable tracking barcode");
        }
        Set<String> onPaper = e.printed().stream().flatMap(Optional::stream).collect(Collectors.toSet());
        e.told().forEach((number, saidPrinted) -> {
            if (saidPrinted && !onPaper.contains(number)) {
                broken.accept("the screen said receipt " + number + " printed, but no printed receipt carries it");
            }
        });
        Map<String, OutboxEntry> byTracking = new HashMap<>();
        Map<String, OutboxEntry> bySubmission = new HashMap<>();
        for (OutboxEntry entry : e.outbox()) {
            byTracking.put(entry.trackingNumber(), entry);
            bySubmission.put(entry.submissionId(), entry);
        }
        Map<String, Long> atBackend = e.backendFilings().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        for (String number : onPaper) {
            if (!e.told().containsKey(number)) {
                broken.accept("receipt " + number + " printed but the screen never told a citizen that number");
            }
            OutboxEntry entry = byTracking.get(number);
            if (entry == null) {
                broken.accept("receipt " + number + " printed but the outbox holds no filing with that number");
                continue;
            }
            long received = atBackend.getOrDefault(entry.submissionId(), 0L);
            if (entry.state() == OutboxState.SET_ASIDE && e.backendReachable()) {
                setAside.accept(number + " (" + entry.setAside().map(aside -> aside.cause().name()).orElse("")
                        + " after " + entry.attempts() + " attempts: " + entry.lastError().orElse("") + ")");
                if (received > 1) {
                    broken.accept("the set-aside filing of receipt " + number + " reached the backend " + received
                            + " times");
                }
            } else if (e.backendReachable()) {
                if (received != 1) {
                    broken.accept("the filing of receipt " + number + " reached the backend " + received
                            + " time(s), not once (outbox state " + entry.state() + ")");
                }
                if (entry.state() != OutboxState.ACKNOWLEDGED && entry.state() != OutboxState.REJECTED) {
                    broken.accept("the filing of receipt " + number + " is still " + entry.state()
                            + " in the outbox after it drained");
                }
            } else {
                if (!entry.state().pending()) {
                    broken.accept("the filing of receipt " + number + " is " + entry.state()
                            + " though the backend was never reachable");
                }
                if (received > 0) {
                    broken.accept("the filing of receipt " + number + " reached a backend that was never reachable");
                }
            }
        }
        atBackend.forEach((submission, count) -> {
            OutboxEntry entry = bySubmission.get(submission);
            if (entry == null) {
                broken.accept("the backend holds a filing (" + count + "×) this kiosk's outbox does not know");
            } else if (!e.told().containsKey(entry.trackingNumber())) {
                broken.accept("the backend holds filing " + entry.trackingNumber()
                        + " that no citizen was told of on the screen");
            } else if (count > 1) {
                broken.accept("the backend holds filing " + entry.trackingNumber() + " " + count + " times");
            }
        });
    }
}
