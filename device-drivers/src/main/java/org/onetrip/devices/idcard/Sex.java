package org.onetrip.devices.idcard;

/** Sex as written on an identity card, with the codes of GB/T 2261.1. */
public enum Sex {
    UNKNOWN('0', "未知"),
    MALE('1', "男"),
    FEMALE('2', "女"),
    UNSPECIFIED('9', "未说明");

    private final char code;
    private final String label;

    Sex(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    /** The Chinese word printed on the card. */
    public String label() {
        return label;
    }

    /**
     * The sex for a GB/T 2261.1 code.
     *
     * @throws IllegalArgumentException for a code outside 0, 1, 2, 9; the message says what kind of
     *         character the code is ({@link CardText#kind}), never the character
     */
    public static Sex ofCode(char code) {
        for (Sex sex : values()) {
            if (sex.code == code) {
                return sex;
            }
        }
        throw new IllegalArgumentException("sex code is not one of 0, 1, 2, 9 (1 character: " + CardText.kind(code) + ")");
    }
}
