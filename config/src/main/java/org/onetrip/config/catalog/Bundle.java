package org.onetrip.config.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.onetrip.config.LocalizedText;

/**
 * Several matters filed together with one form and one set of materials (一件事).
 *
 * @param code        e.g. {@code YJS-QYKB}
 * @param name        e.g. 企业开办一件事
 * @param description one or two sentences shown before the citizen starts
 * @param matters     codes of at least two distinct matters, in the order they are presented
 */
public record Bundle(String code, LocalizedText name, LocalizedText description, List<String> matters) {

    public Bundle {
        Codes.require(code, "bundle code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        matters = Codes.requireAll(matters, "matter code");
        if (matters.size() < 2) {
            throw new IllegalArgumentException("a bundle joins at least two matters, got " + matters.size());
        }
        if (new HashSet<>(matters).size() != matters.size()) {
            throw new IllegalArgumentException("a bundle lists each matter once");
        }
    }
}
