package org.onetrip.config.load;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.onetrip.config.LocalizedText;
import org.onetrip.config.PageSize;
import org.onetrip.config.catalog.Bundle;
import org.onetrip.config.catalog.CatalogIssue;
import org.onetrip.config.catalog.CatalogRules;
import org.onetrip.config.catalog.CertificateSource;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.config.catalog.ChoiceOption;
import org.onetrip.config.catalog.Department;
import org.onetrip.config.catalog.Fee;
import org.onetrip.config.catalog.FieldRule;
import org.onetrip.config.catalog.FieldType;
import org.onetrip.config.catalog.FormEntry;
import org.onetrip.config.catalog.FormField;
import org.onetrip.config.catalog.HolderIdentifier;
import org.onetrip.config.catalog.HolderMasking;
import org.onetrip.config.catalog.LifeEvent;
import org.onetrip.config.catalog.Material;
import org.onetrip.config.catalog.MaterialForm;
import org.onetrip.config.catalog.MaterialRequirement;
import org.onetrip.config.catalog.Matter;
import org.onetrip.config.catalog.PrefillSource;
import org.onetrip.config.catalog.ServiceCatalog;

/**
 * Binds catalog.yaml to a {@link ServiceCatalog}, then applies {@link CatalogRules} and logs each issue at the
 * line of the offending key. Entries that could not be bound are left out of the rules, and references to
 * their codes are not reported again.
 */
final class CatalogBinder {

    private static final String CODE = "2 to 40 upper-case letters, digits, '-' or '_', starting with a letter";

    /** Per catalog list: the file index of each bound entry, and the codes of entries that failed to bind. */
    private final Map<String, List<Integer>> fileIndexes = new HashMap<>();
    private final Map<String, Set<String>> failedCodes = new HashMap<>();

    Optional<ServiceCatalog> bind(YamlValue root) {
        return root.mapping().flatMap(file -> {
            int before = root.file().problems().count();
            Optional<String> version = file.text("version");
            List<Department> departments = entries(file, CatalogRules.DEPARTMENTS, this::department);
            List<LifeEvent> lifeEvents = entries(file, CatalogRules.LIFE_EVENTS, this::lifeEvent);
            List<FormField> fields = entries(file, CatalogRules.FIELDS, this::field);
            List<Material> materials = entries(file, CatalogRules.MATERIALS, this::material);
            List<Matter> matters = entries(file, CatalogRules.MATTERS, this::matter);
            List<Bundle> bundles = entries(file, CatalogRules.BUNDLES, this::bundle);
            List<CertificateType> certificateTypes = entries(file, CatalogRules.CERTIFICATE_TYPES, this::certificateType);
            file.finish();
            // the rules still run without a version, so that every problem of the file is reported at once
            ServiceCatalog catalog = new ServiceCatalog(version.orElse("unknown"), departments, lifeEvents, fields, materials,
                    matters, bundles, certificateTypes);
            for (CatalogIssue issue : CatalogRules.issues(catalog)) {
                boolean refersToBrokenEntry = issue.unresolved()
                        .map(reference -> failedCodes.getOrDefault(reference.list(), Set.of()).contains(reference.code()))
                        .orElse(false);
                if (!refersToBrokenEntry) {
                    int fileIndex = fileIndexes.get(issue.list()).get(issue.index());
                    String path = issue.list() + "[" + fileIndex + "]" + (issue.detail().isEmpty() ? "" : "." + issue.detail());
                    root.file().problemAt(path, issue.message());
                }
            }
            return root.file().problems().count() > before ? Optional.empty() : Optional.of(catalog);
        });
    }

    /**
     * Reads one catalog list. Each entry is bound from its mapping; one that fails is left out, its code
     * remembered so that references to it are not reported as unknown as well.
     */
    private <T> List<T> entries(MappingReader file, String list, BiFunction<YamlValue, MappingReader, Optional<T>> binder) {
        List<T> bound = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        List<YamlValue> items = file.list(list);
        for (int i = 0; i < items.size(); i++) {
            YamlValue item = items.get(i);
            Optional<MappingReader> entry = item.mapping();
            if (entry.isEmpty()) {
                continue;
            }
            Optional<T> value = binder.apply(item, entry.get());
            entry.get().finish();
            if (value.isPresent()) {
                bound.add(value.get());
                indexes.add(i);
            } else {
                entry.get().optional("code").flatMap(code -> code.scalar("a code")).ifPresent(failed::add);
            }
        }
        fileIndexes.put(list, indexes);
        failedCodes.put(list, failed);
        return bound;
    }

    private static int before(YamlValue value) {
        return value.file().problems().count();
    }

    // The readers below return null for a value that is missing or wrong; the problem is logged already,
    // and YamlValue.build does not call the constructor when any problem was logged for the entry.

    private static String code(MappingReader entry) {
        return entry.required("code", CODE, text -> {
            if (!text.matches("[A-Z][A-Z0-9_-]{1,39}")) {
                throw new Rejected(text);
            }
            return text;
        }).orElse(null);
    }

    private static LocalizedText localized(MappingReader entry, String key) {
        return entry.localized(key).orElse(null);
    }

    private Optional<Department> department(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        return value.build(before, () -> new Department(code, name));
    }

    private Optional<LifeEvent> lifeEvent(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        return value.build(before, () -> new LifeEvent(code, name));
    }

    private Optional<FormField> field(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        FieldType type = entry.requiredChoice("type", FieldType.class).orElse(null);
        LocalizedText label = localized(entry, "label");
        FieldRule rule = entry.optional("rule").flatMap(this::rule).orElse(FieldRule.DEFAULT);
        PrefillSource prefill = entry.choice("prefill", PrefillSource.class, PrefillSource.NONE);
        List<ChoiceOption> options = entry.list("options").stream().map(this::option).flatMap(Optional::stream).toList();
        List<String> askedBy = entry.texts("askedBy");
        return value.build(before, () -> new FormField(code, type, label, rule, prefill, options, askedBy));
    }

    private Optional<FieldRule> rule(YamlValue value) {
        return value.mapping().flatMap(rule -> {
            int before = before(value);
            Optional<String> pattern = rule.optional("pattern")
                    .flatMap(p -> p.as("a Java regular expression", text -> {
                        FieldRule.compile(text);
                        return text;
                    }));
            String lengths = Scalars.wholeNumberExpectation(0, FieldRule.MAX_LENGTH);
            int min = rule.optional("minLength", 0, lengths, Scalars.wholeNumber(0, FieldRule.MAX_LENGTH));
            int max = rule.optional("maxLength", FieldRule.DEFAULT_MAX_LENGTH, lengths,
                    Scalars.wholeNumber(0, FieldRule.MAX_LENGTH));
            rule.finish();
            return value.build(before, () -> new FieldRule(pattern, min, max));
        });
    }

    private Optional<ChoiceOption> option(YamlValue value) {
        return value.mapping().flatMap(option -> {
            int before = before(value);
            String code = code(option);
            LocalizedText label = localized(option, "label");
            option.finish();
            return value.build(before, () -> new ChoiceOption(code, label));
        });
    }

    private Optional<Material> material(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        LocalizedText mustShow = localized(entry, "mustShow");
        MaterialForm form = entry.requiredChoice("form", MaterialForm.class).orElse(null);
        int copies = entry.optional("copies", Material.DEFAULT_COPIES, Scalars.wholeNumberExpectation(1, Material.MAX_COPIES),
                Scalars.wholeNumber(1, Material.MAX_COPIES));
        List<LocalizedText> reviewPoints = entry.required("reviewPoints", "a list of zh-CN/en texts")
                .flatMap(YamlValue::list).orElse(List.of()).stream()
                .map(MappingReader::localized).flatMap(Optional::stream).toList();
        boolean electronic = entry.flag("electronicLicence", false);
        Optional<String> licenceType = entry.optional("licenceType").flatMap(YamlValue::text);
        if (electronic && licenceType.isEmpty()) {
            entry.optional("electronicLicence").orElseThrow()
                    .problem("electronicLicence: true needs licenceType, the backend's licence type code");
        }
        if (!electronic && licenceType.isPresent()) {
            entry.optional("licenceType").orElseThrow().problem("licenceType is only allowed with electronicLicence: true");
        }
        Optional<String> sample = entry.optionalText("sampleImage");
        return value.build(before, () -> new Material(code, name, mustShow, form, copies, reviewPoints, licenceType, sample));
    }

    private Optional<Matter> matter(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        String department = entry.text("department").orElse(null);
        String category = entry.required("category", "a lower-case word such as registration", text -> {
            if (!text.matches("[a-z][a-z0-9-]*")) {
                throw new Rejected(text);
            }
            return text;
        }).orElse(null);
        List<String> lifeEvents = entry.texts("lifeEvents");
        List<String> keywords = entry.texts("keywords");
        List<FormEntry> form = entry.list("form").stream().map(this::formEntry).flatMap(Optional::stream).toList();
        List<MaterialRequirement> materials = entry.list("materials").stream().map(this::requirement)
                .flatMap(Optional::stream).toList();
        Optional<Integer> days = entry.required("promisedWorkingDays",
                Scalars.wholeNumberExpectation(0, Matter.MAX_PROMISED_WORKING_DAYS),
                Scalars.wholeNumber(0, Matter.MAX_PROMISED_WORKING_DAYS));
        Fee fee = entry.optional("fee", Fee.FREE, "an amount in yuan with at most two decimals, 0 for free, e.g. 12.50",
                text -> {
                    try {
                        return Fee.ofYuan(text);
                    } catch (IllegalArgumentException e) {
                        throw new Rejected(text);
                    }
                });
        boolean online = entry.flag("online", true);
        return value.build(before, () -> new Matter(code, name, department, category, lifeEvents, keywords, form,
                materials, days.orElseThrow(), fee, online));
    }

    private Optional<FormEntry> formEntry(YamlValue value) {
        return value.mapping().flatMap(entry -> {
            int before = before(value);
            Optional<String> field = entry.text("field");
            boolean required = entry.flag("required", true);
            entry.finish();
            return value.build(before, () -> new FormEntry(field.orElseThrow(), required));
        });
    }

    private Optional<MaterialRequirement> requirement(YamlValue value) {
        return value.mapping().flatMap(entry -> {
            int before = before(value);
            Optional<String> material = entry.text("material");
            boolean topUp = entry.flag("mayTopUpLater", false);
            Optional<Integer> deadline = entry.optional("topUpDeadlineDays").flatMap(days -> days.as(
                    Scalars.wholeNumberExpectation(1, MaterialRequirement.MAX_TOP_UP_DAYS),
                    Scalars.wholeNumber(1, MaterialRequirement.MAX_TOP_UP_DAYS)));
            boolean commitment = entry.flag("acceptsCommitment", false);
            Optional<LocalizedText> commitmentText = entry.optional("commitmentText").flatMap(MappingReader::localized);
            requireTogether(entry, topUp, "mayTopUpLater", "topUpDeadlineDays", deadline.isPresent());
            requireTogether(entry, commitment, "acceptsCommitment", "commitmentText", commitmentText.isPresent());
            entry.finish();
            return value.build(before, () -> new MaterialRequirement(material.orElseThrow(), deadline, commitmentText));
        });
    }

    /** A switch and its detail come together: {@code flag: true} needs {@code detail}, and only then allows it. */
    private static void requireTogether(MappingReader entry, boolean flag, String flagKey, String detailKey, boolean detail) {
        if (flag && !detail) {
            entry.optional(flagKey).orElseThrow().problem(flagKey + ": true needs " + detailKey);
        } else if (!flag && detail) {
            entry.optional(detailKey).orElseThrow().problem(detailKey + " is only allowed with " + flagKey + ": true");
        }
    }

    private Optional<Bundle> bundle(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        LocalizedText description = localized(entry, "description");
        List<String> matters = entry.required("matters", "a list of at least two matter codes")
                .flatMap(YamlValue::list).orElse(List.of()).stream()
                .map(YamlValue::text).flatMap(Optional::stream).toList();
        return value.build(before, () -> new Bundle(code, name, description, matters));
    }

    private Optional<CertificateType> certificateType(YamlValue value, MappingReader entry) {
        int before = before(value);
        String code = code(entry);
        LocalizedText name = localized(entry, "name");
        String department = entry.text("department").orElse(null);
        HolderIdentifier identifiedBy = entry.choice("identifiedBy", HolderIdentifier.class, HolderIdentifier.ID_NUMBER);
        PageSize pageSize = entry.choice("pageSize", PageSize.class, PageSize.A4);
        Optional<Integer> validity = entry.required("validityDays",
                Scalars.wholeNumberExpectation(1, CertificateType.MAX_VALIDITY_DAYS),
                Scalars.wholeNumber(1, CertificateType.MAX_VALIDITY_DAYS));
        HolderMasking masking = entry.choice("masking", HolderMasking.class, HolderMasking.MASK_ID);
        CertificateSource source = entry.requiredChoice("source", CertificateSource.class).orElse(null);
        Optional<Integer> dailyLimit = entry.optional("dailyLimit").flatMap(limit -> limit.as(
                Scalars.wholeNumberExpectation(0, 99), Scalars.wholeNumber(0, 99)));
        return value.build(before, () -> new CertificateType(code, name, department, identifiedBy, pageSize,
                Period.ofDays(validity.orElseThrow()), masking, source, dailyLimit));
    }
}
