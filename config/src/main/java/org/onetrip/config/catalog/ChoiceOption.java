package org.onetrip.config.catalog;

import java.util.Objects;
import org.onetrip.config.LocalizedText;

/** One answer of a {@link FieldType#CHOICE} field: the code sent to the backend, the label shown. */
public record ChoiceOption(String code, LocalizedText label) {

    public ChoiceOption {
        Codes.require(code, "option code");
        Objects.requireNonNull(label, "label");
    }
}
