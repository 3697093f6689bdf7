package org.onetrip.config.catalog;

import java.util.Optional;

/**
 * A catalog inconsistency.
 *
 * @param list       the catalog list holding the entry, e.g. {@code matters}
 * @param index      the entry's 0-based index in that list
 * @param detail     the key inside the entry, e.g. {@code materials[1].material}; empty for the entry itself
 * @param message    what is wrong and what is allowed
 * @param unresolved for a reference that does not resolve: what it refers to
 */
public record CatalogIssue(String list, int index, String detail, String message, Optional<Reference> unresolved) {

    /** A code looked up in a catalog list, e.g. {@code departments} / {@code SCJGJ}. */
    public record Reference(String list, String code) {
    }

    /** {@code matters[3].department}. */
    public String keyPath() {
        return list + "[" + index + "]" + (detail.isEmpty() ? "" : "." + detail);
    }
}
