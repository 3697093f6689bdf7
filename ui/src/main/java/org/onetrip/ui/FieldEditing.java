package org.onetrip.ui;

import javafx.scene.control.TextInputControl;
import org.onetrip.config.catalog.FieldType;

/** Where a tapped field's typing comes from: the on-screen keyboard, attached to that field. */
@FunctionalInterface
interface FieldEditing {

    /** The citizen tapped a field of this type: type into it, at its caret, from now on. */
    void edit(TextInputControl field, FieldType type);
}
