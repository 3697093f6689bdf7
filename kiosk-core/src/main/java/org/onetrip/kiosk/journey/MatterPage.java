package org.onetrip.kiosk.journey;

import java.util.List;
import java.util.Objects;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.catalog.Fee;

/**
 * Everything a citizen should know before starting, on one page: every material at once,
 * the fee and the promised working days.
 *
 * @param promisedWorkingDays for a bundle, the longest of its matters
 * @param fee for a bundle, the sum of its matters' fees
 * @param onlineAtKiosk false when the matter is listed for information and must be filed at a counter
 */
public record MatterPage(Choice choice, LocalizedText department, List<MaterialNeed> materials, Fee fee,
        int promisedWorkingDays, boolean onlineAtKiosk) {

    public MatterPage {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(department, "department");
        materials = List.copyOf(materials);
        Objects.requireNonNull(fee, "fee");
    }
}
