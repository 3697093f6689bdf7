package org.onetrip.kiosk.filing;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.devices.scanner.ScanFailure;

/**
 * What the citizen is told after a scan or a licence fetch.
 *
 * @param materialCode the material it concerns
 * @param pages        pages added, or blank pages left out, as the kind says
 * @param scanFailure  why the scanner stopped, for {@link Kind#SCANNER_STOPPED}
 */
public record MaterialNotice(String materialCode, Kind kind, int pages, Optional<ScanFailure> scanFailure) {

    public MaterialNotice {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scanFailure, "scanFailure");
    }

    public enum Kind {
        /** Pages were added. */
        SCANNED,
        /** Some sheets were blank and left out: turn them over or take them out. */
        BLANK_PAGES,
        /** Some sheets could not be read at all. */
        UNREADABLE_PAGES,
        /** The scanner stopped or refused. */
        SCANNER_STOPPED,
        /** The electronic licence is in place. */
        LICENCE_FETCHED,
        /** The approval system holds no such licence for this citizen. */
        LICENCE_NOT_HELD,
        /** The licence could not be fetched now. */
        LICENCE_UNAVAILABLE
    }

    static MaterialNotice of(String materialCode, Kind kind, int pages) {
        return new MaterialNotice(materialCode, kind, pages, Optional.empty());
    }
}
