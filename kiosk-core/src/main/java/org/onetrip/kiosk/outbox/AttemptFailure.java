package org.onetrip.kiosk.outbox;

/**
 * What a failed delivery attempt says about the filing itself, which decides whether it counts
 * toward setting the filing aside ({@link SetAsideRule}).
 */
public enum AttemptFailure {
    /**
     * The backend did not answer a plain question right after ({@code GET /sealing-keys}): an outage,
     * which holds every filing alike and speaks against none. The filing's strikes start again.
     */
    UNREACHABLE,
    /** The backend answers, yet this filing's attempt failed: one strike. */
    FAILED,
    /**
     * The backend answers, and this filing's request was refused with a 4xx status other than 408,
     * 409 and 429 ({@link SetAsideRule#refusesTheRequest}): a strike and a refusal.
     */
    REFUSED
}
