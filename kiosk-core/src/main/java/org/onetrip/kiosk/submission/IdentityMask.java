package org.onetrip.kiosk.submission;

/** How a name and an ID number are shown where the whole would be too much: receipts, the technician's view, logs. */
public final class IdentityMask {

    private IdentityMask() {
    }

    /** The first four and last four characters, e.g. {@code 1101**********1239}; shorter text is all stars. */
    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        int length = idNumber.length();
        if (length <= 8) {
            return "*".repeat(length);
        }
        return idNumber.substring(0, 4) + "*".repeat(length - 8) + idNumber.substring(length - 4);
    }

    /** The family name's first character and a star for each other one, e.g. {@code 张*}, {@code 欧***}. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        int[] points = name.codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        return new String(points, 0, 1) + "*".repeat(points.length - 1);
    }

    /**
     * The first six characters (province, city or district) and four stars, e.g.
     * {@code 深圳市南山区****}; a shorter address is all stars. The stars never tell the length.
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int[] points = address.strip().codePoints().toArray();
        return points.length <= 6 ? "****" : new String(points, 0, 6) + "****";
    }
}
