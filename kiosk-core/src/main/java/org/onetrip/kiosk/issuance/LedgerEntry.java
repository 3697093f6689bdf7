package org.onetrip.kiosk.issuance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the issuance ledger. Holds no personal data in the clear: the holder is a keyed hash.
 *
 * @param id               the ledger's own number
 * @param issueKey         the idempotency key of the issue call, {@code <sessionRef>-<backend type>-<n>}
 * @param verificationCode the backend's code, once it issued
 * @param typeCode         catalog code of the certificate type, e.g. {@code ZM-HJ}
 * @param holderKey        HMAC-SHA-256 of the holder's ID number under a key derived from {@code data.key}
 * @param state            where the certificate is
 * @param pages            page count of the document, once ready
 * @param attempts         times it was sent to the printer
 * @param lastFailure      why it last failed, e.g. {@code PRINTER:MEDIA_JAM}; never personal data
 * @param report           what the backend still has to be told
 * @param reportError      why the last report did not go through
 * @param requestedAt      when the backend was first asked
 * @param printedAt        when the printer reported it done
 */
public record LedgerEntry(long id, String issueKey, Optional<String> verificationCode, String typeCode,
                          String holderKey, IssuanceState state, Optional<Integer> pages, int attempts,
                          Optional<String> lastFailure, BackendReport report, Optional<String> reportError,
                          Instant requestedAt, Optional<Instant> printedAt) {
    public LedgerEntry {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(holderKey, "holderKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(lastFailure, "lastFailure");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(reportError, "reportError");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(printedAt, "printedAt");
    }

    /**
     * The name of the print job of this certificate's latest send to the printer:
     * {@code <type>-<verification code>} the first time, {@code -r<n>} added after n earlier
     * sends. With the kiosk's id as the job's owner it names this entry at the printer. Empty
     * before the first send.
     */
    public Optional<String> printJobName() {
        if (attempts == 0 || verificationCode.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(typeCode + "-" + verificationCode.get() + (attempts > 1 ? "-r" + (attempts - 1) : ""));
    }
}
