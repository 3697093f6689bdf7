package org.onetrip.devices.idcard.sam;

/** What is wrong with a frame on the reader line. */
public enum FrameFault {
    NO_PREAMBLE("the frame does not start with AA AA AA 96 69"),
    TRUNCATED("the frame ends before the length field says"),
    TOO_LONG("the frame has bytes after its checksum"),
    BAD_LENGTH("the length field is outside the protocol's range"),
    BAD_CHECKSUM("the XOR checksum does not match"),
    BAD_LAYOUT("the data block does not have the layout of its command");

    private final String meaning;

    FrameFault(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
