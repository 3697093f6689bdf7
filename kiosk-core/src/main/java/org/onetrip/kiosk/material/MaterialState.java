package org.onetrip.kiosk.material;

/** Where one material of the checklist stands. */
public enum MaterialState {
    /** No page yet and nothing promised: it blocks submission. */
    MISSING,
    /** Has pages, but some are too small or too dark: retake or delete them. It blocks submission. */
    NEEDS_ATTENTION,
    /** Has pages, all fine. */
    SCANNED,
    /** Fetched from the approval system as an electronic licence, with the citizen's consent. */
    FETCHED,
    /** Left out for now: the citizen signed to hand it in later, by a date. */
    PROMISED,
    /** Left out: the citizen signed a commitment that replaces it (告知承诺). */
    COMMITTED;

    /** Whether the filing can go ahead as far as this material is concerned. */
    public boolean settled() {
        return this == SCANNED || this == FETCHED || this == PROMISED || this == COMMITTED;
    }
}
