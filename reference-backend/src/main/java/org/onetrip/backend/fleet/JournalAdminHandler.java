package org.onetrip.backend.fleet;

import java.util.List;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.JournalFinding;
import org.onetrip.backend.store.JournalPoint;
import org.onetrip.backend.store.JournalReportRecord;

/**
 * Operator-only {@code GET /admin/journals}: every kiosk's audit journal as the backend holds it: the head held
 * (its anchor), how many heads are held, the last report and what it showed, and what was found wrong, newest first.
 */
public final class JournalAdminHandler implements Handler {

    /** The answer (schema {@code KioskJournals}). */
    public record Journals(List<KioskJournal> kiosks) {
    }

    /** One kiosk (schema {@code KioskJournal}); {@code anchor} is null while no head is held. */
    public record KioskJournal(String kioskId, String state, Held anchor, long headsHeld, LastReport lastReport,
            List<Found> findings) {
    }

    /** A head held (schema {@code HeldJournalHead}). */
    public record Held(long sequence, String hash, String heldSince) {
    }

    /** The last report (schema {@code JournalLastReport}). */
    public record LastReport(long sequence, String hash, boolean intact, String problem, Long brokenAt,
            String receivedAt) {
    }

    /** Something found (schema {@code JournalFinding}). */
    public record Found(String foundAt, String state, String detail) {
    }

    private final KioskJournals journals;
    private final Json json;

    public JournalAdminHandler(KioskJournals journals, Json json) {
        this.journals = journals;
        this.json = json;
    }

    @Override
    public Reply handle(ApiRequest request) {
        return json.reply(200, new Journals(journals.standings().stream().map(JournalAdminHandler::view).toList()));
    }

    private static KioskJournal view(KioskJournals.Standing standing) {
        JournalReportRecord last = standing.lastReport();
        return new KioskJournal(standing.kioskId(), last.state(), standing.anchor().map(JournalAdminHandler::held).orElse(null),
                standing.headsHeld(), new LastReport(last.sequence(), last.hash(), last.intact(), last.problem(),
                        last.brokenAt(), last.receivedAt().toString()),
                standing.findings().stream().map(JournalAdminHandler::found).toList());
    }

    private static Held held(JournalPoint point) {
        return new Held(point.sequence(), point.hash(), point.since().toString());
    }

    private static Found found(JournalFinding finding) {
        return new Found(finding.foundAt().toString(), finding.state(), finding.detail());
    }
}
