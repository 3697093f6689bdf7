package org.onetrip.backend.fleet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.JournalFinding;
import org.onetrip.backend.store.JournalPoint;
import org.onetrip.backend.store.JournalReportRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anchor of every kiosk's audit journal: the heads each kiosk reported in its heartbeats, kept per kiosk (the
 * kiosk its client certificate names), so that a head that goes backwards, or an entry that differs from one held
 * at the same number, is found however the kiosk's own journal was rewritten. What was found is kept too, for the
 * operator ({@code GET /admin/journals}).
 *
 * <p>Thread-safe: one report at a time.
 */
public final class KioskJournals {

    private static final Logger log = LoggerFactory.getLogger(KioskJournals.class);
    private static final int FINDINGS_SHOWN = 20;

    /** What a report shows, against what is held. */
    public enum State {
        /** The report continues what is held. */
        CONSISTENT,
        /** The reported head is below the head held: entries were cut off. */
        BEHIND_ANCHOR,
        /** An entry reported differs from the one held at its number: the journal was rewritten. */
        REWRITTEN,
        /** The kiosk's own check finds its journal broken. */
        BROKEN_ON_KIOSK
    }

    /**
     * One journal report, as a heartbeat carries it.
     *
     * @param problem  how the kiosk's check found it broken; null when intact
     * @param brokenAt the first broken entry; null when intact
     * @param atAnchor the kiosk's entry at the number of the head held when it was last answered; may be empty
     */
    public record Report(long sequence, String hash, boolean intact, String problem, Long brokenAt,
            Optional<Entry> atAnchor) {
        public Report {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(atAnchor, "atAnchor");
        }
    }

    /** One entry of a kiosk's journal, by its number and seal. */
    public record Entry(long sequence, String hash) {
    }

    /** What was found, and the head held afterwards (sequence 0 when none is). */
    public record Finding(State state, long heldSequence, String heldHash) {
    }

    /** One kiosk's journal as the operator sees it. */
    public record Standing(String kioskId, Optional<JournalPoint> anchor, long headsHeld, JournalReportRecord lastReport,
            List<JournalFinding> findings) {
    }

    private final BackendStore store;

    public KioskJournals(BackendStore store) {
        this.store = store;
    }

    /** Compares a kiosk's report with what is held, holds its head when it goes further, and keeps what was found. */
    public synchronized Finding report(String kioskId, Instant at, Report report) {
        Optional<JournalPoint> held = store.heldHead(kioskId);
        State state = State.CONSISTENT;
        String detail = "";
        Optional<JournalPoint> heldThere = store.heldAt(kioskId, report.sequence());
        Optional<JournalPoint> heldAtAnchor = report.atAnchor().flatMap(point -> store.heldAt(kioskId, point.sequence()));
        if (held.isPresent() && report.sequence() < held.get().sequence()) {
            state = State.BEHIND_ANCHOR;
            detail = "the head went back to entry " + report.sequence() + " from entry " + held.get().sequence();
        } else if (heldThere.isPresent() && !heldThere.get().hash().equals(report.hash())) {
            state = State.REWRITTEN;
            detail = "entry " + report.sequence() + " differs from the one held since " + heldThere.get().since();
        } else if (heldAtAnchor.isPresent() && !heldAtAnchor.get().hash().equals(report.atAnchor().get().hash())) {
            state = State.REWRITTEN;
            detail = "entry " + heldAtAnchor.get().sequence() + " differs from the one held since " + heldAtAnchor.get().since();
        } else if (!report.intact()) {
            state = State.BROKEN_ON_KIOSK;
            detail = "the kiosk finds its journal broken at entry " + report.brokenAt() + " (" + report.problem() + ")";
        }
        if (report.sequence() > 0 && (held.isEmpty() || report.sequence() > held.get().sequence())) {
            store.hold(kioskId, new JournalPoint(report.sequence(), report.hash(), at));
        }
        Optional<JournalReportRecord> before = store.journalReport(kioskId);
        store.saveJournalReport(kioskId, new JournalReportRecord(report.sequence(), report.hash(), report.intact(),
                report.problem(), report.brokenAt(), state.name(), at));
        if (state != State.CONSISTENT && !before.map(JournalReportRecord::state).equals(Optional.of(state.name()))) {
            store.addJournalFinding(kioskId, new JournalFinding(at, state.name(), detail));
            log.warn("the audit journal of kiosk {}: {} ({})", kioskId, state, detail);
        }
        Optional<JournalPoint> anchor = store.heldHead(kioskId);
        return new Finding(state, anchor.map(JournalPoint::sequence).orElse(0L),
                anchor.map(JournalPoint::hash).orElse("0".repeat(64)));
    }

    /** Every kiosk that reported its journal, by id. */
    public synchronized List<Standing> standings() {
        return store.kiosksWithJournals().stream().map(kioskId -> new Standing(kioskId, store.heldHead(kioskId),
                store.heldCount(kioskId), store.journalReport(kioskId).orElseThrow(),
                store.journalFindings(kioskId, FINDINGS_SHOWN))).toList();
    }
}
