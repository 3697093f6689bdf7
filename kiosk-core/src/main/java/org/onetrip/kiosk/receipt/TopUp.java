package org.onetrip.kiosk.receipt;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A material the citizen still has to bring, and by when.
 *
 * @param material the material's name as the catalog gives it
 * @param deadline the last day it is accepted
 */
public record TopUp(String material, LocalDate deadline) {
    public TopUp {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(deadline, "deadline");
        if (material.isBlank()) {
            throw new IllegalArgumentException("a material to top up needs a name");
        }
    }
}
