package org.onetrip.devices.scanner.image;

import java.util.Objects;

/** What inspecting a page file gave. */
public sealed interface PageVerdict {

    /** The file cannot be used; nothing was written. */
    record Refused(Unreadable reason, String detail) implements PageVerdict {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** The page was read, measured and written in the standard form; it may carry concerns. */
    record Inspected(InspectedPage page) implements PageVerdict {
        public Inspected {
            Objects.requireNonNull(page, "page");
        }
    }
}
