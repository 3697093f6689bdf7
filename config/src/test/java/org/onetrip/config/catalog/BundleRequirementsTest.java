package org.onetrip.config.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.config.catalog.CatalogFixtures.commitment;
import static org.onetrip.config.catalog.CatalogFixtures.matter;
import static org.onetrip.config.catalog.CatalogFixtures.topUp;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundleRequirementsTest {

    private final Matter licence = matter("LICENCE", "SCJGJ",
            List.of(new FormEntry("NAME", true), new FormEntry("EMAIL", false), new FormEntry("ADDRESS", true)),
            List.of(MaterialRequirement.of("ID_CARD"), topUp("LEASE", 10), commitment("PREMISES")));
    private final Matter seal = matter("SEAL", "GAJ",
            List.of(new FormEntry("NAME", true), new FormEntry("EMAIL", true), new FormEntry("SEALS", true)),
            List.of(MaterialRequirement.of("ID_CARD"), topUp("LEASE", 5), MaterialRequirement.of("PREMISES")));

    private final BundleRequirements merged = BundleRequirements.of(List.of(licence, seal));

    @Test
    void aFieldBothMattersAskIsAskedOnceAndRequiredIfEitherRequiresIt() {
        assertThat(merged.fields()).extracting(BundleRequirements.MergedField::field)
                .containsExactly("NAME", "EMAIL", "ADDRESS", "SEALS");
        assertThat(merged.fields().get(0).matters()).containsExactly("LICENCE", "SEAL");
        assertThat(merged.fields().get(1).required()).isTrue();
        assertThat(merged.fields().get(3).matters()).containsExactly("SEAL");
    }

    @Test
    void aMaterialBothMattersNeedIsHandedInOnceRememberingWhoNeedsIt() {
        assertThat(merged.materials()).extracting(BundleRequirements.MergedMaterial::material)
                .containsExactly("ID_CARD", "LEASE", "PREMISES");
        assertThat(merged.materials().get(0).matters()).containsExactly("LICENCE", "SEAL");
    }

    @Test
    void leniencyHoldsOnlyWhenEveryMatterGrantsItWithTheShortestDeadline() {
        assertThat(merged.materials().get(1).topUpDeadlineDays()).isEqualTo(Optional.of(5));
        assertThat(merged.materials().get(2).acceptsCommitment()).isFalse();
        assertThat(merged.materials().get(0).mayTopUpLater()).isFalse();
    }

    @Test
    void aSingleMatterKeepsItsOwnLeniency() {
        BundleRequirements alone = BundleRequirements.of(List.of(licence));

        assertThat(alone.materials().get(2).acceptsCommitment()).isTrue();
        assertThat(alone.materials().get(1).topUpDeadlineDays()).contains(10);
    }
}
