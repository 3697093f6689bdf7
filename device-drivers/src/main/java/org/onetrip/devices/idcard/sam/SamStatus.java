package org.onetrip.devices.idcard.sam;

/** The status byte (SW3) of a reader reply. Unknown codes map to {@link #UNRECOGNISED}. */
public enum SamStatus {
    OK(0x90, "operation succeeded"),
    CARD_FOUND(0x9F, "card found"),
    ITEM_ABSENT(0x91, "the requested item is not on the card"),
    HOST_CHECKSUM_ERROR(0x10, "the reader received a frame with a bad checksum"),
    HOST_LENGTH_ERROR(0x11, "the reader received a frame with a bad length"),
    COMMAND_ERROR(0x21, "command value or logic error"),
    NOT_PERMITTED(0x23, "operation not permitted"),
    READER_UNKNOWN_ERROR(0x24, "the reader reports an unrecognised error"),
    CARD_AUTH_FAILED(0x31, "the card failed to authenticate the SAM"),
    SAM_AUTH_FAILED(0x32, "the SAM failed to authenticate the card"),
    VERIFICATION_FAILED(0x33, "information verification error"),
    UNKNOWN_CARD_TYPE(0x40, "unrecognised card type"),
    READ_FAILED(0x41, "reading the card failed"),
    RANDOM_FAILED(0x47, "getting a random number from the card failed"),
    SAM_SELF_TEST_FAILED(0x60, "the SAM failed its self-test and accepts no command"),
    SAM_NOT_AUTHORISED(0x66, "the SAM is not authorised"),
    NO_CARD(0x80, "no card found"),
    SELECT_FAILED(0x81, "selecting the card failed"),
    UNRECOGNISED(-1, "status code not in the protocol");

    private final int code;
    private final String meaning;

    SamStatus(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The byte on the wire; -1 for {@link #UNRECOGNISED}. */
    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static SamStatus of(int code) {
        for (SamStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        return UNRECOGNISED;
    }
}
