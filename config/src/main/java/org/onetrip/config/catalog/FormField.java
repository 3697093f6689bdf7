package org.onetrip.config.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.onetrip.config.LocalizedText;

/**
 * A question defined once in the catalog and used by many matters' forms, so that a bundle asks it once.
 *
 * @param code    referred to by matters' forms
 * @param type    the kind of answer
 * @param label   the question as shown
 * @param rule    extra checks on the answer
 * @param prefill where the first value comes from
 * @param options the answers of a {@code choice} field (at least two, distinct codes); empty otherwise
 * @param askedBy the only matters whose forms may ask this question (a newborn's name: the birth matters);
 *     empty when any matter may
 */
public record FormField(String code, FieldType type, LocalizedText label, FieldRule rule, PrefillSource prefill,
                        List<ChoiceOption> options, List<String> askedBy) {

    /** A question any matter may ask. */
    public FormField(String code, FieldType type, LocalizedText label, FieldRule rule, PrefillSource prefill,
            List<ChoiceOption> options) {
        this(code, type, label, rule, prefill, options, List.of());
    }

    public FormField {
        Codes.require(code, "field code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(prefill, "prefill");
        options = List.copyOf(options);
        askedBy = List.copyOf(askedBy);
        if (type == FieldType.CHOICE && options.size() < 2) {
            throw new IllegalArgumentException("a choice field needs at least two options");
        }
        if (type != FieldType.CHOICE && !options.isEmpty()) {
            throw new IllegalArgumentException("only a choice field has options");
        }
        Set<String> seen = new HashSet<>();
        for (ChoiceOption option : options) {
            if (!seen.add(option.code())) {
                throw new IllegalArgumentException("option code " + option.code() + " appears twice");
            }
        }
    }

    /** Whether the form of matter {@code matter} may ask this question. */
    public boolean mayBeAskedBy(String matter) {
        return askedBy.isEmpty() || askedBy.contains(matter);
    }
}
