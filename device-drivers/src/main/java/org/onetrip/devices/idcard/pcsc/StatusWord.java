package org.onetrip.devices.idcard.pcsc;

/**
 * The ISO 7816-4 status words this library acts on, all mapped here and nowhere else. Words
 * with a count in the low bits (61xx, 6Cxx, 63Cx) map by their high bits.
 */
public enum StatusWord {
    OK(0x9000, 0xFFFF, "success"),
    BYTES_REMAINING(0x6100, 0xFF00, "more response bytes waiting: GET RESPONSE"),
    WRONG_LE(0x6C00, 0xFF00, "wrong Le: resend with the length in SW2"),
    END_OF_FILE(0x6282, 0xFFFF, "end of file reached before Le bytes"),
    VERIFY_FAILED(0x63C0, 0xFFF0, "verification failed; SW2 low bits = tries left"),
    WRONG_LENGTH(0x6700, 0xFFFF, "wrong length"),
    SECURITY_NOT_SATISFIED(0x6982, 0xFFFF, "security status not satisfied"),
    BLOCKED(0x6983, 0xFFFF, "authentication method blocked"),
    CONDITIONS_NOT_SATISFIED(0x6985, 0xFFFF, "conditions of use not satisfied"),
    NO_CURRENT_EF(0x6986, 0xFFFF, "command not allowed: no current EF"),
    FILE_NOT_FOUND(0x6A82, 0xFFFF, "file or application not found"),
    WRONG_P1P2(0x6A86, 0xFFFF, "incorrect P1 P2"),
    OFFSET_OUTSIDE_FILE(0x6B00, 0xFFFF, "offset outside the file"),
    INS_NOT_SUPPORTED(0x6D00, 0xFFFF, "instruction not supported"),
    CLA_NOT_SUPPORTED(0x6E00, 0xFFFF, "class not supported"),
    UNKNOWN(0x0000, 0x0000, "status word not known to this library");

    private final int value;
    private final int mask;
    private final String meaning;

    StatusWord(int value, int mask, String meaning) {
        this.value = value;
        this.mask = mask;
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static StatusWord of(int sw) {
        for (StatusWord word : values()) {
            if (word != UNKNOWN && (sw & word.mask) == word.value) {
                return word;
            }
        }
        return UNKNOWN;
    }
}
