package org.onetrip.devices.printer.ipp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The attributes of one group (operation, job, printer, unsupported, ...), in wire order. */
public record IppAttributeGroup(IppGroupTag tag, List<IppAttribute> attributes) {
    public IppAttributeGroup {
        Objects.requireNonNull(tag, "tag");
        attributes = List.copyOf(attributes);
    }

    public Optional<IppAttribute> find(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
