package org.onetrip.kiosk.filing;

import java.util.List;
import java.util.Map;

/**
 * What the receipt calls a filing's matters and materials.
 *
 * @param matters   the matters' names, in order
 * @param materials material code to name
 */
public record FilingNames(List<String> matters, Map<String, String> materials) {

    public FilingNames {
        matters = List.copyOf(matters);
        materials = Map.copyOf(materials);
    }

    /** The material's name, or its code when the catalog has none. */
    public String material(String code) {
        return materials.getOrDefault(code, code);
    }
}
