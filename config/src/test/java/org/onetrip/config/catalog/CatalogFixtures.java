package org.onetrip.config.catalog;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.PageSize;

/** Small catalogs built in code. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static LocalizedText text(String zh) {
        return new LocalizedText(zh, "en " + zh);
    }

    static Matter matter(String code, String department, List<FormEntry> form, List<MaterialRequirement> materials) {
        return new Matter(code, text(code), department, "registration", List.of(), List.of(), form, materials, 1,
                Fee.FREE, true);
    }

    static Material material(String code) {
        return new Material(code, text(code), text("内容"), MaterialForm.COPY, 1, List.of(text("加盖公章")),
                Optional.empty(), Optional.empty());
    }

    static FormField field(String code) {
        return new FormField(code, FieldType.TEXT, text(code), FieldRule.DEFAULT, PrefillSource.NONE, List.of());
    }

    static CertificateType certificate(String code, String department) {
        return new CertificateType(code, text(code), department, HolderIdentifier.ID_NUMBER, PageSize.A4,
                Period.ofDays(30), HolderMasking.MASK_ID, CertificateSource.DATA, Optional.empty());
    }

    static MaterialRequirement topUp(String material, int days) {
        return new MaterialRequirement(material, Optional.of(days), Optional.empty());
    }

    static MaterialRequirement commitment(String material) {
        return new MaterialRequirement(material, Optional.empty(), Optional.of(text("本人承诺")));
    }
}
