package org.onetrip.devices.printer.ipp;

import java.util.Optional;

/** The delimiter tags that open an attribute group (RFC 8010 section 3.5.1). */
public enum IppGroupTag {
    OPERATION(0x01),
    JOB(0x02),
    PRINTER(0x04),
    UNSUPPORTED(0x05),
    SUBSCRIPTION(0x06),
    EVENT_NOTIFICATION(0x07),
    RESOURCE(0x08),
    DOCUMENT(0x09),
    SYSTEM(0x0A);

    /** The tag that ends the attributes; the document data, if any, follows it. */
    public static final int END_OF_ATTRIBUTES = 0x03;

    private final int code;

    IppGroupTag(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<IppGroupTag> fromCode(int code) {
        for (IppGroupTag tag : values()) {
            if (tag.code == code) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
