package org.onetrip.kiosk.health;

import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onetrip.kiosk.backend.ApprovalContract.JournalAnchor;
import org.onetrip.kiosk.backend.ApprovalContract.JournalPoint;
import org.onetrip.kiosk.backend.ApprovalContract.JournalReport;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.JournalHead;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * The audit journal in the heartbeat: each beat carries the journal's head, what checking it found, and the
 * kiosk's entry at the head the backend last said it holds; the backend's answer (the head it holds now) is
 * written down beside the journal key, so that a journal later cut below it is found on the kiosk too. The
 * backend keeps every head it was told, so even whoever holds the key cannot rewrite the journal below it
 * unnoticed.
 *
 * <p>Thread-safe. {@link #report()} reads the journal: call it off the screen's thread.
 */
public final class JournalAnchoring {
    private static final Logger log = LoggerFactory.getLogger(JournalAnchoring.class);
    /** What the backend answers when it finds nothing wrong. */
    public static final String CONSISTENT = "CONSISTENT";

    private final AuditJournal journal;
    private final Value<ChainVerdict> verdict;
    private final Value<String> backendFinds = new Value<>(CONSISTENT);

    /** @param atStart what the full check at start-up found */
    public JournalAnchoring(AuditJournal journal, ChainVerdict atStart) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.verdict = new Value<>(Objects.requireNonNull(atStart, "atStart"));
    }

    /** What the last check of the journal found; changes on the heartbeat's thread. */
    public ReadOnlyValue<ChainVerdict> verdict() {
        return verdict;
    }

    /** What the backend found in the last report it answered ({@link #CONSISTENT} until it finds otherwise). */
    public ReadOnlyValue<String> backendFinds() {
        return backendFinds;
    }

    /** Checks the entries written since the last full check, and reports the head. Blocks for the check. */
    public JournalReport report() {
        ChainVerdict now = journal.verifyTail();
        if (!now.equals(verdict.get()) && !now.intact()) {
            log.error("the audit journal is {}", now.describe());
        }
        verdict.set(now);
        JournalHead head = journal.head();
        JournalPoint atAnchor = journal.anchor().filter(held -> held.sequence() > 0)
                .flatMap(held -> journal.sealOf(held.sequence()).map(seal -> new JournalPoint(held.sequence(), seal)))
                .orElse(null);
        Optional<ChainVerdict.Broken> broken = now instanceof ChainVerdict.Broken b ? Optional.of(b) : Optional.empty();
        return new JournalReport(head.sequence(), head.hash(), now.intact(),
                broken.map(b -> b.problem().name()).orElse(null), broken.map(ChainVerdict.Broken::sequence).orElse(null),
                atAnchor);
    }

    /** The backend's answer to a beat that carried the journal; null when it said nothing of it. */
    public void answered(JournalAnchor held) {
        if (held == null) {
            return;
        }
        if (held.sequence() > 0) {
            try {
                journal.anchoredAt(new JournalHead(held.sequence(), held.hash()));
            } catch (IllegalArgumentException e) {
                log.warn("the backend answered a journal head that is not one: {}", e.getMessage());
                return;
            }
        }
        String state = held.state() == null ? CONSISTENT : held.state();
        if (!state.equals(backendFinds.get()) && !CONSISTENT.equals(state)) {
            log.error("the backend finds this kiosk's audit journal {} (it holds entry {} as the head)", state,
                    held.sequence());
        }
        backendFinds.set(state);
    }
}
