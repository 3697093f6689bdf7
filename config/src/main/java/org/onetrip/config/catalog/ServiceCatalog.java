package org.onetrip.config.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the kiosk offers: departments, life events, form fields, materials, matters, bundles and certificate
 * types, as loaded from {@code catalog.yaml} or built in code. Codes are unique within each list and
 * references resolve when {@link CatalogRules#issues} is empty, which the loader ensures.
 *
 * @param version declared by the file, shown in maintenance mode and sent with submissions
 */
public record ServiceCatalog(String version, List<Department> departments, List<LifeEvent> lifeEvents,
                             List<FormField> fields, List<Material> materials, List<Matter> matters,
                             List<Bundle> bundles, List<CertificateType> certificateTypes) {

    public ServiceCatalog {
        Objects.requireNonNull(version, "version");
        if (version.isBlank()) {
            throw new IllegalArgumentException("catalog version must not be blank");
        }
        departments = List.copyOf(departments);
        lifeEvents = List.copyOf(lifeEvents);
        fields = List.copyOf(fields);
        materials = List.copyOf(materials);
        matters = List.copyOf(matters);
        bundles = List.copyOf(bundles);
        certificateTypes = List.copyOf(certificateTypes);
    }

    public Optional<Department> department(String code) {
        return find(departments, Department::code, code);
    }

    public Optional<LifeEvent> lifeEvent(String code) {
        return find(lifeEvents, LifeEvent::code, code);
    }

    public Optional<FormField> field(String code) {
        return find(fields, FormField::code, code);
    }

    public Optional<Material> material(String code) {
        return find(materials, Material::code, code);
    }

    public Optional<Matter> matter(String code) {
        return find(matters, Matter::code, code);
    }

    public Optional<Bundle> bundle(String code) {
        return find(bundles, Bundle::code, code);
    }

    public Optional<CertificateType> certificateType(String code) {
        return find(certificateTypes, CertificateType::code, code);
    }

    /** Matters decided by a department, in catalog order. */
    public List<Matter> mattersOfDepartment(String departmentCode) {
        return matters.stream().filter(matter -> matter.department().equals(departmentCode)).toList();
    }

    /** Matters belonging to a life event, in catalog order. */
    public List<Matter> mattersOfLifeEvent(String lifeEventCode) {
        return matters.stream().filter(matter -> matter.lifeEvents().contains(lifeEventCode)).toList();
    }

    /** Matters whose name or keywords match a search text (Chinese, English or pinyin initials). */
    public List<Matter> searchMatters(String text) {
        return matters.stream().filter(matter -> matter.matchesSearch(text)).toList();
    }

    /** The merged form and materials of a bundle; fails if the bundle names a matter not in this catalog. */
    public BundleRequirements requirementsOf(Bundle bundle) {
        List<Matter> bundled = bundle.matters().stream()
                .map(code -> matter(code).orElseThrow(() -> new IllegalArgumentException(
                        "bundle " + bundle.code() + " names unknown matter " + code)))
                .toList();
        return BundleRequirements.of(bundled);
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> code, String wanted) {
        return items.stream().filter(item -> code.apply(item).equals(wanted)).findFirst();
    }
}
