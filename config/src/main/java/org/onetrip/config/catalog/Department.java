package org.onetrip.config.catalog;

import java.util.Objects;
import org.onetrip.config.LocalizedText;

/** A government department whose matters the kiosk accepts, e.g. 市场监督管理局. */
public record Department(String code, LocalizedText name) {

    public Department {
        Codes.require(code, "department code");
        Objects.requireNonNull(name, "name");
    }
}
