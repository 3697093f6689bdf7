package org.onetrip.devices.idcard;

/**
 * Masks personal data for logs and technician output. Works on Unicode code points, so a
 * rare character outside the BMP counts as one character.
 */
public final class PersonalDataMask {
    private PersonalDataMask() {
    }

    /** Keeps the first 6 and the last 4 characters: {@code 110101********1239}. */
    public static String idNumber(String idNumber) {
        int[] cps = idNumber.codePoints().toArray();
        if (cps.length <= 10) {
            return "*".repeat(cps.length);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i < 6 || i >= cps.length - 4) {
                out.appendCodePoint(cps[i]);
            } else {
                out.append('*');
            }
        }
        return out.toString();
    }

    /** Keeps the first character: {@code 张*}, {@code 欧***}. */
    public static String name(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length == 0) {
            return "";
        }
        return new StringBuilder().appendCodePoint(cps[0]).append("*".repeat(cps.length - 1)).toString();
    }
}
