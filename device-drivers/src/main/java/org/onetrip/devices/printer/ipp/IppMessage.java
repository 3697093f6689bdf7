package org.onetrip.devices.printer.ipp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An IPP request or response (RFC 8010 section 3.1).
 *
 * @param version   major version in the high byte, minor in the low one ({@code 0x0200} is 2.0)
 * @param code      the operation-id of a request or the status-code of a response (0..0xFFFF)
 * @param requestId 1..2^31-1 as chosen by the client; a response echoes it
 * @param groups    the attribute groups in wire order
 * @param data      what follows the end-of-attributes tag: the document of a Print-Job, or empty
 */
public record IppMessage(int version, int code, int requestId, List<IppAttributeGroup> groups, byte[] data) {
    public static final int VERSION_2_0 = 0x0200;
    public static final int VERSION_1_1 = 0x0101;

    public IppMessage {
        if (version < 0 || version > 0xFFFF) {
            throw new IllegalArgumentException("version must be 0..0xFFFF, was " + version);
        }
        if (code < 0 || code > 0xFFFF) {
            throw new IllegalArgumentException("operation or status code must be 0..0xFFFF, was " + code);
        }
        groups = List.copyOf(groups);
        data = Objects.requireNonNull(data, "data").clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Length of the trailing data without copying it. */
    public int dataLength() {
        return data.length;
    }

    /** The first group with this tag. */
    public Optional<IppAttributeGroup> group(IppGroupTag tag) {
        return groups.stream().filter(g -> g.tag() == tag).findFirst();
    }

    /** The first attribute with this name in a group with this tag. */
    public Optional<IppAttribute> attribute(IppGroupTag tag, String name) {
        return groups.stream().filter(g -> g.tag() == tag).map(g -> g.find(name)).flatMap(Optional::stream).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IppMessage m && version == m.version && code == m.code && requestId == m.requestId
                && groups.equals(m.groups) && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, code, requestId, groups) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "IppMessage[version=" + Integer.toHexString(version) + ", code=0x" + String.format("%04x", code)
                + ", requestId=" + requestId + ", groups=" + groups + ", data=" + data.length + " bytes]";
    }
}
