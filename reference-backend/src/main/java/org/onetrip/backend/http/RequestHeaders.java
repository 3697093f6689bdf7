package org.onetrip.backend.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The request's headers by case-insensitive name, in the order they arrived. */
public final class RequestHeaders {

    private final Map<String, List<String>> byName = new LinkedHashMap<>();

    /** Adds one header line; call once per line, repeated names keep every value. */
    public RequestHeaders add(String name, String value) {
        byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
        return this;
    }

    /** The first value of a header, or {@code null} when absent. */
    public String first(String name) {
        List<String> values = byName.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
