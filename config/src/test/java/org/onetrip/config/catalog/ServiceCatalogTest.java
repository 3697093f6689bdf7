package org.onetrip.config.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.config.catalog.CatalogFixtures.certificate;
import static org.onetrip.config.catalog.CatalogFixtures.field;
import static org.onetrip.config.catalog.CatalogFixtures.material;
import static org.onetrip.config.catalog.CatalogFixtures.matter;
import static org.onetrip.config.catalog.CatalogFixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A catalog built in code: lookups, and the rules that span entries. */
class ServiceCatalogTest {

    private final Matter licence = new Matter("LICENCE", text("营业执照"), "SCJGJ", "registration", List.of("QYKB"),
            List.of("yyzz"), List.of(new FormEntry("NAME", true)), List.of(MaterialRequirement.of("ID_CARD")), 1,
            Fee.FREE, true);
    private final Matter seal = matter("SEAL", "GAJ", List.of(new FormEntry("NAME", true)), List.of());

    private ServiceCatalog catalog(List<Matter> matters, List<Bundle> bundles) {
        return new ServiceCatalog("1", List.of(new Department("SCJGJ", text("市场监管")), new Department("GAJ", text("公安"))),
                List.of(new LifeEvent("QYKB", text("开办企业"))), List.of(field("NAME")), List.of(material("ID_CARD")),
                matters, bundles, List.of(certificate("ZM-HJ", "GAJ")));
    }

    @Test
    void entriesAreFoundByCode() {
        ServiceCatalog catalog = catalog(List.of(licence, seal), List.of());

        assertThat(catalog.matter("SEAL")).contains(seal);
        assertThat(catalog.matter("NOPE")).isEmpty();
        assertThat(catalog.field("NAME")).isPresent();
        assertThat(catalog.certificateType("ZM-HJ")).isPresent();
        assertThat(catalog.mattersOfDepartment("GAJ")).containsExactly(seal);
        assertThat(catalog.mattersOfLifeEvent("QYKB")).containsExactly(licence);
        assertThat(catalog.searchMatters("YYZ")).containsExactly(licence);
        assertThat(CatalogRules.issues(catalog)).isEmpty();
    }

    @Test
    void theRulesFindDuplicatesAndDanglingReferences() {
        Matter orphan = matter("ORPHAN", "MZJ", List.of(new FormEntry("PHONE", true)),
                List.of(MaterialRequirement.of("ID_CRAD")));
        Bundle bundle = new Bundle("YJS", text("一件事"), text("说明"), List.of("LICENCE", "SEALS"));

        List<CatalogIssue> issues = CatalogRules.issues(catalog(List.of(licence, seal, orphan, seal), List.of(bundle)));

        assertThat(issues).extracting(CatalogIssue::keyPath).containsExactly(
                "matters[3].code", "matters[2].department", "matters[2].form[0].field",
                "matters[2].materials[0].material", "bundles[0].matters[1]");
        assertThat(issues.get(3).message()).startsWith("unknown material 'ID_CRAD' (did you mean 'ID_CARD'?)");
        assertThat(issues.get(4).unresolved()).contains(new CatalogIssue.Reference("matters", "SEALS"));
    }

    @Test
    void aBundleWithAnUnknownMatterCannotBeMerged() {
        Bundle bundle = new Bundle("YJS", text("一件事"), text("说明"), List.of("LICENCE", "SEALS"));
        ServiceCatalog catalog = catalog(List.of(licence, seal), List.of(bundle));

        assertThatThrownBy(() -> catalog.requirementsOf(bundle)).hasMessageContaining("unknown matter SEALS");
    }
}
