package org.onetrip.config.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.onetrip.config.LocalizedText;

/**
 * One application a citizen can file (事项).
 *
 * @param code                 e.g. {@code SCJG-QYSLDJ}
 * @param name                 as the service guide calls it
 * @param department           code of the department that decides it
 * @param category             a short grouping word for the menu, e.g. {@code registration}
 * @param lifeEvents           codes of the life events it belongs to
 * @param keywords             search words: Chinese words and pinyin initials (e.g. {@code sb})
 * @param form                 the fields asked, each at most once
 * @param materials            the materials required, each at most once
 * @param promisedWorkingDays  working days the department promises to decide in; 0 = on the spot
 * @param fee                  what the citizen pays
 * @param online               whether the matter can be filed at the kiosk now; false lists it for information
 */
public record Matter(String code, LocalizedText name, String department, String category, List<String> lifeEvents,
                     List<String> keywords, List<FormEntry> form, List<MaterialRequirement> materials,
                     int promisedWorkingDays, Fee fee, boolean online) {

    public static final int MAX_PROMISED_WORKING_DAYS = 60;

    public Matter {
        Codes.require(code, "matter code");
        Objects.requireNonNull(name, "name");
        Codes.require(department, "department code");
        Objects.requireNonNull(category, "category");
        if (!category.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("category must be a lower-case word, got " + category);
        }
        lifeEvents = Codes.requireAll(lifeEvents, "life event code");
        keywords = List.copyOf(keywords);
        keywords.forEach(keyword -> {
            if (keyword.isBlank()) {
                throw new IllegalArgumentException("keywords must not be blank");
            }
        });
        form = List.copyOf(form);
        materials = List.copyOf(materials);
        requireDistinct(form.stream().map(FormEntry::field).toList(), "field");
        requireDistinct(materials.stream().map(MaterialRequirement::material).toList(), "material");
        if (promisedWorkingDays < 0 || promisedWorkingDays > MAX_PROMISED_WORKING_DAYS) {
            throw new IllegalArgumentException("promised working days must be from 0 to " + MAX_PROMISED_WORKING_DAYS
                    + ", got " + promisedWorkingDays);
        }
        Objects.requireNonNull(fee, "fee");
    }

    private static void requireDistinct(List<String> codes, String what) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new IllegalArgumentException(what + " " + code + " is listed twice");
            }
        }
    }

    /** Whether a search text hits this matter's name or keywords, ignoring case. */
    public boolean matchesSearch(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        return name.zh().contains(wanted) || name.en().toLowerCase(Locale.ROOT).contains(wanted)
                || keywords.stream().anyMatch(keyword -> keyword.toLowerCase(Locale.ROOT).startsWith(wanted));
    }
}
