package org.onetrip.kiosk.filing;

import java.util.Objects;

/**
 * What the kiosk is doing for one material while the citizen waits.
 *
 * @param materialCode the material it is for
 */
public record MaterialWork(String materialCode, Kind kind) {

    public MaterialWork {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** The scanner is feeding sheets into it; the citizen may stop it. */
        SCANNING,
        /** The approval system's electronic copy is being fetched. */
        FETCHING
    }
}
