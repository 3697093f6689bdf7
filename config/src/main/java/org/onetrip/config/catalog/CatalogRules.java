package org.onetrip.config.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.onetrip.config.DidYouMean;

/**
 * The rules that span more than one catalog entry: unique codes and references that resolve. Key paths in
 * the issues use list indexes as written in {@code catalog.yaml}, e.g. {@code matters[3].materials[1].material}.
 */
public final class CatalogRules {

    public static final String DEPARTMENTS = "departments";
    public static final String LIFE_EVENTS = "lifeEvents";
    public static final String FIELDS = "fields";
    public static final String MATERIALS = "materials";
    public static final String MATTERS = "matters";
    public static final String BUNDLES = "bundles";
    public static final String CERTIFICATE_TYPES = "certificateTypes";

    private static final Map<String, String> SINGULAR = Map.of(DEPARTMENTS, "department", LIFE_EVENTS, "life event",
            FIELDS, "field", MATERIALS, "material", MATTERS, "matter", BUNDLES, "bundle",
            CERTIFICATE_TYPES, "certificate type");

    private CatalogRules() {
    }

    /** Every inconsistency in the catalog; empty when it is sound. */
    public static List<CatalogIssue> issues(ServiceCatalog catalog) {
        List<CatalogIssue> issues = new ArrayList<>();
        Set<String> departments = codes(catalog.departments(), Department::code, DEPARTMENTS, issues);
        Set<String> lifeEvents = codes(catalog.lifeEvents(), LifeEvent::code, LIFE_EVENTS, issues);
        Set<String> fields = codes(catalog.fields(), FormField::code, FIELDS, issues);
        Set<String> materials = codes(catalog.materials(), Material::code, MATERIALS, issues);
        Set<String> matters = codes(catalog.matters(), Matter::code, MATTERS, issues);
        codes(catalog.bundles(), Bundle::code, BUNDLES, issues);
        codes(catalog.certificateTypes(), CertificateType::code, CERTIFICATE_TYPES, issues);

        Map<String, FormField> fieldsByCode = new HashMap<>();
        catalog.fields().forEach(field -> fieldsByCode.putIfAbsent(field.code(), field));
        for (int i = 0; i < catalog.fields().size(); i++) {
            FormField field = catalog.fields().get(i);
            Entry entry = new Entry(FIELDS, i, issues);
            for (int j = 0; j < field.askedBy().size(); j++) {
                entry.reference("askedBy[" + j + "]", field.askedBy().get(j), MATTERS, matters);
            }
        }
        for (int i = 0; i < catalog.matters().size(); i++) {
            Matter matter = catalog.matters().get(i);
            Entry entry = new Entry(MATTERS, i, issues);
            for (int j = 0; j < matter.form().size(); j++) {
                FormField asked = fieldsByCode.get(matter.form().get(j).field());
                if (asked != null && !asked.mayBeAskedBy(matter.code())) {
                    issues.add(new CatalogIssue(MATTERS, i, "form[" + j + "].field", "matter " + matter.code()
                            + " asks for field " + asked.code() + " (" + asked.label().zh() + "), which belongs to the forms of "
                            + String.join(", ", asked.askedBy()) + " only; ask for a field of this matter's own"
                            + " or add " + matter.code() + " to the field's askedBy", Optional.empty()));
                }
            }
            entry.reference("department", matter.department(), DEPARTMENTS, departments);
            for (int j = 0; j < matter.lifeEvents().size(); j++) {
                entry.reference("lifeEvents[" + j + "]", matter.lifeEvents().get(j), LIFE_EVENTS, lifeEvents);
            }
            for (int j = 0; j < matter.form().size(); j++) {
                entry.reference("form[" + j + "].field", matter.form().get(j).field(), FIELDS, fields);
            }
            for (int j = 0; j < matter.materials().size(); j++) {
                entry.reference("materials[" + j + "].material", matter.materials().get(j).material(), MATERIALS, materials);
            }
        }
        for (int i = 0; i < catalog.bundles().size(); i++) {
            List<String> bundled = catalog.bundles().get(i).matters();
            Entry entry = new Entry(BUNDLES, i, issues);
            for (int j = 0; j < bundled.size(); j++) {
                entry.reference("matters[" + j + "]", bundled.get(j), MATTERS, matters);
            }
        }
        for (int i = 0; i < catalog.certificateTypes().size(); i++) {
            new Entry(CERTIFICATE_TYPES, i, issues)
                    .reference("department", catalog.certificateTypes().get(i).department(), DEPARTMENTS, departments);
        }
        return issues;
    }

    private static <T> Set<String> codes(List<T> items, Function<T, String> code, String list, List<CatalogIssue> issues) {
        Map<String, Integer> firstIndex = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = code.apply(items.get(i));
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                issues.add(new CatalogIssue(list, i, "code", "duplicate code '" + value + "', already used by "
                        + list + "[" + first + "]; codes must be unique", Optional.empty()));
            }
            codes.add(value);
        }
        return codes;
    }

    /** One catalog entry whose references are being checked. */
    private record Entry(String list, int index, List<CatalogIssue> issues) {

        void reference(String detail, String code, String targetList, Set<String> known) {
            if (!known.contains(code)) {
                String what = SINGULAR.get(targetList);
                issues.add(new CatalogIssue(list, index, detail, "unknown " + what + " '" + code + "'"
                        + DidYouMean.hint(code, known) + "; defined " + what + " codes: " + listed(known),
                        Optional.of(new CatalogIssue.Reference(targetList, code))));
            }
        }
    }

    private static String listed(Set<String> known) {
        if (known.isEmpty()) {
            return "(none)";
        }
        List<String> shown = known.stream().limit(12).toList();
        return String.join(", ", shown) + (known.size() > shown.size() ? ", ..." : "");
    }
}
