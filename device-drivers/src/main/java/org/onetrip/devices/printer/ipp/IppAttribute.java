package org.onetrip.devices.printer.ipp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named attribute with one or more values (more than one is a {@code 1setOf}).
 *
 * @param name   the attribute name, 1 to 32767 bytes in UTF-8
 * @param values at least one value
 */
public record IppAttribute(String name, List<IppValue> values) {
    public IppAttribute {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an attribute needs a name");
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("attribute " + name + " needs at least one value");
        }
    }

    public static IppAttribute of(String name, IppValue... values) {
        return new IppAttribute(name, List.of(values));
    }

    public IppValue first() {
        return values.get(0);
    }

    /** The first value as an integer, when it is an integer or an enum. */
    public Optional<Integer> firstInt() {
        IppValue value = first();
        if (value instanceof IppValue.IntegerValue i) {
            return Optional.of(i.value());
        }
        if (value instanceof IppValue.EnumValue e) {
            return Optional.of(e.value());
        }
        return Optional.empty();
    }

    /** The first value as a boolean, when it is one. */
    public Optional<Boolean> firstBoolean() {
        return first() instanceof IppValue.BooleanValue b ? Optional.of(b.value()) : Optional.empty();
    }

    /** All string values (keywords, names, text, ...), in order; other values are left out. */
    public List<String> strings() {
        return values.stream().map(v -> {
            if (v instanceof IppValue.StringValue s) {
                return s.value();
            }
            if (v instanceof IppValue.LocalizedString s) {
                return s.value();
            }
            return null;
        }).filter(Objects::nonNull).toList();
    }
}
