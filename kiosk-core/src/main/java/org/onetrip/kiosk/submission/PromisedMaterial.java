package org.onetrip.kiosk.submission;

import java.time.LocalDate;
import java.util.Objects;

/** A material the applicant promised to bring later (容缺受理), by {@code dueBy}; it needs a {@link Commitment}. */
public record PromisedMaterial(String materialCode, LocalDate dueBy) {

    public PromisedMaterial {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(dueBy, "dueBy");
    }
}
