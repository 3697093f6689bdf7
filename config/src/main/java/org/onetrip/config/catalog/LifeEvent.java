package org.onetrip.config.catalog;

import java.util.Objects;
import org.onetrip.config.LocalizedText;

/** A moment in life that citizens search by, e.g. 生育 or 开办企业. */
public record LifeEvent(String code, LocalizedText name) {

    public LifeEvent {
        Codes.require(code, "life event code");
        Objects.requireNonNull(name, "name");
    }
}
