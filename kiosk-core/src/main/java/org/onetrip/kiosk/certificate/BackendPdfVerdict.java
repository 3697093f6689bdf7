package org.onetrip.kiosk.certificate;

import java.util.Objects;

/** Whether a PDF from the backend may be printed as it is. */
public sealed interface BackendPdfVerdict {

    /** Fit to print. */
    record Accepted(int pageCount) implements BackendPdfVerdict {
    }

    /**
     * Not printed; nothing is counted as issued.
     *
     * @param reason what is wrong, for the screen's wording and the counters
     * @param detail the specifics for the log and the technician, e.g. "page 2 is 216 x 279 mm"
     */
    record Refused(Reason reason, String detail) implements BackendPdfVerdict {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a PDF is refused. */
    enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Larger than the limit. */
        TOO_LARGE,
        /** Does not start as a PDF does. */
        NOT_A_PDF,
        /** Cut short or damaged: no end marker, or the structure or a page cannot be read. */
        DAMAGED,
        /** Encrypted; a certificate to print must be readable without a password. */
        ENCRYPTED,
        /** A document without pages. */
        NO_PAGES,
        /** More pages than the limit. */
        TOO_MANY_PAGES,
        /** Fewer or more pages than the backend said it sent. */
        PAGE_COUNT_MISMATCH,
        /** A page is not the size of the paper in the printer. */
        WRONG_PAGE_SIZE
    }
}
