package org.onetrip.kiosk.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Material;

/**
 * One material on a matter's page: what it must show, in which form and how many, what the
 * clerk checks, and whether it may come later or be replaced by a signed commitment.
 *
 * @param neededBy for a bundle, the names of the matters that need it (scanned once for all)
 */
public record MaterialNeed(Material material, List<LocalizedText> neededBy, Optional<Integer> topUpDeadlineDays,
        Optional<LocalizedText> commitmentText) {

    public MaterialNeed {
        Objects.requireNonNull(material, "material");
        neededBy = List.copyOf(neededBy);
        Objects.requireNonNull(topUpDeadlineDays, "topUpDeadlineDays");
        Objects.requireNonNull(commitmentText, "commitmentText");
    }
}
