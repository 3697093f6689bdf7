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
 */
public record FormField(String code, FieldType type, LocalizedText label, FieldRule rule, PrefillSource prefill,
                        List<ChoiceOption> options) {

    public FormField {
        Codes.require(code, "field code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(prefill, "prefill");
        options = List.copyOf(options);
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
}
