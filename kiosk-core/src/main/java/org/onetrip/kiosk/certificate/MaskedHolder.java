package org.onetrip.kiosk.certificate;

import java.util.Objects;
import org.onetrip.config.catalog.HolderMasking;

/**
 * The holder as the certificate prints them: the ID number keeps its first 6 and last 4
 * characters ({@code 110101********1239}), the name keeps its first character ({@code 张*},
 * {@code 欧***}), as the type's {@link HolderMasking} says.
 *
 * @param original the holder as issued
 * @param name     the name as printed
 * @param idNumber the ID number as printed
 */
public record MaskedHolder(CertificateHolder original, String name, String idNumber) {

    static final char MASK = '*';
    private static final int ID_HEAD = 6;
    private static final int ID_TAIL = 4;

    public MaskedHolder {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
    }

    public static MaskedHolder of(CertificateHolder holder, HolderMasking masking) {
        return switch (masking) {
            case NONE -> new MaskedHolder(holder, holder.name(), holder.idNumber());
            case MASK_ID -> new MaskedHolder(holder, holder.name(), maskIdNumber(holder.idNumber()));
            case MASK_NAME_AND_ID -> new MaskedHolder(holder, maskName(holder.name()),
                    maskIdNumber(holder.idNumber()));
        };
    }

    /**
     * Replaces every occurrence of the holder's full ID number and full name in a text by their
     * printed forms, so that a statement such as "未发现张伟有犯罪记录" follows the same policy
     * as the holder line.
     */
    public String applyTo(String text) {
        String masked = text.replace(original.idNumber(), idNumber);
        return masked.replace(original.name(), name);
    }

    /** First 6 and last 4 characters kept, the others replaced by {@code *}; a short number is hidden entirely. */
    public static String maskIdNumber(String idNumber) {
        int length = idNumber.length();
        if (length <= ID_HEAD + ID_TAIL) {
            return String.valueOf(MASK).repeat(length);
        }
        return idNumber.substring(0, ID_HEAD) + String.valueOf(MASK).repeat(length - ID_HEAD - ID_TAIL)
                + idNumber.substring(length - ID_TAIL);
    }

    /** The first character (a whole code point, also outside the BMP) kept, one {@code *} for each other one. */
    public static String maskName(String name) {
        int first = name.codePointAt(0);
        int others = name.codePointCount(0, name.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append(String.valueOf(MASK).repeat(others)).toString();
    }

    @Override
    public String toString() {
        return "MaskedHolder[" + maskIdNumber(original.idNumber()) + "]";
    }
}
