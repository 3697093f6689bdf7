package org.onetrip.kiosk.filing;

import java.util.List;
import java.util.Objects;
import org.onetrip.config.catalog.FormField;

/**
 * One field of the form as this filing asks it: a bundle asks a field shared by its matters once.
 *
 * @param required  true when any of the matters requires it
 * @param readOnly  the ID number comes from the card and cannot be changed
 * @param matters   codes of the matters whose forms contain it
 */
public record FormQuestion(FormField field, boolean required, boolean readOnly, List<String> matters) {

    public FormQuestion {
        Objects.requireNonNull(field, "field");
        matters = List.copyOf(matters);
    }

    public String code() {
        return field.code();
    }
}
