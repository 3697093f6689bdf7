package org.onetrip.kiosk.material;

import java.util.Objects;

import org.onetrip.devices.scanner.image.PageConcern;
import org.onetrip.devices.scanner.image.Unreadable;

/** What offering a scanned page to a material gave. */
public sealed interface PageOutcome {

    /** The page is part of the material now. It may carry concerns the screen shows beside it. */
    record Added(MaterialPage page) implements PageOutcome {
        public Added {
            Objects.requireNonNull(page, "page");
        }
    }

    /** The page was blank and was left out: the citizen is asked to turn the sheet over or remove it. */
    record Blank() implements PageOutcome {
        public String advice() {
            return PageConcern.BLANK.advice();
        }
    }

    /** The file could not be read at all; nothing changed. */
    record Unusable(Unreadable reason, String detail) implements PageOutcome {
        public Unusable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
