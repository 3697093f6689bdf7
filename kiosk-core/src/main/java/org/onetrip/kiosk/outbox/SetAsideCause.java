package org.onetrip.kiosk.outbox;

/** Why a filing was set aside ({@link SetAsideRule}). */
public enum SetAsideCause {
    /**
     * The backend, or something in front of it (a proxy, a firewall), refused the request with a
     * 4xx status other than 408, 409 and 429 as often as the rule allows: the same bytes will be
     * refused again, e.g. a 413 for a body larger than a proxy takes.
     */
    REFUSED_AS_SENT,
    /** It failed as often as the rule allows while the backend answered. */
    FAILED_TOO_OFTEN,
    /** It has been failing for as long as the rule allows while the backend answered. */
    FAILING_TOO_LONG
}
