package org.onetrip.config.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The shape every catalog code must have, checked in one place. */
final class Codes {

    /** Upper-case letters, digits, '-' and '_', starting with a letter; 2 to 40 characters. */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");
    static final String DESCRIPTION = "2 to 40 upper-case letters, digits, '-' or '_', starting with a letter";

    private Codes() {
    }

    static String require(String code, String what) {
        Objects.requireNonNull(code, what);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be " + DESCRIPTION + ", got '" + code + "'");
        }
        return code;
    }

    static List<String> requireAll(List<String> codes, String what) {
        List<String> copy = List.copyOf(codes);
        copy.forEach(code -> require(code, what));
        return copy;
    }
}
