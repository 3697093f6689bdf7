package org.onetrip.config.catalog;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;

/**
 * A catalog material as one matter requires it.
 *
 * @param material          the material's code
 * @param topUpDeadlineDays when present, the citizen may file without it and hand it in within this many
 *                          working days (1 to 60)
 * @param commitmentText    when present, a signed commitment with this text may replace the proof
 *                          (告知承诺制)
 */
public record MaterialRequirement(String material, Optional<Integer> topUpDeadlineDays,
                                  Optional<LocalizedText> commitmentText) {

    public static final int MAX_TOP_UP_DAYS = 60;

    public MaterialRequirement {
        Codes.require(material, "material code");
        Objects.requireNonNull(topUpDeadlineDays, "topUpDeadlineDays");
        Objects.requireNonNull(commitmentText, "commitmentText");
        topUpDeadlineDays.ifPresent(days -> {
            if (days < 1 || days > MAX_TOP_UP_DAYS) {
                throw new IllegalArgumentException("top-up deadline must be from 1 to " + MAX_TOP_UP_DAYS
                        + " days, got " + days);
            }
        });
    }

    /** Required up front, no top-up, no commitment. */
    public static MaterialRequirement of(String material) {
        return new MaterialRequirement(material, Optional.empty(), Optional.empty());
    }

    public boolean mayTopUpLater() {
        return topUpDeadlineDays.isPresent();
    }

    public boolean acceptsCommitment() {
        return commitmentText.isPresent();
    }
}
