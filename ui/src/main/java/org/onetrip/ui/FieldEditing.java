package org.onetrip.ui;

import javafx.beans.property.StringProperty;
import org.onetrip.config.catalog.FieldType;

/** Where a tapped field's typing comes from: the on-screen keyboard, attached to that field. */
@FunctionalInterface
interface FieldEditing {

    /** The citizen tapped a field of this type: type into {@code text} from now on. */
    void edit(StringProperty text, FieldType type);
}
