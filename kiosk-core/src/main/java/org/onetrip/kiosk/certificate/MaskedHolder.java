package org.onetrip.kiosk.certificate;

import java.util.Objects;
import org.onetrip.config.catalog.HolderMasking;
import org.onetrip.devices.privacy.Masking;

/**
 * The holder as the certificate prints them, as the type's {@link HolderMasking} says, each part
 * masked by the one policy of {@link Masking}: the ID number keeps its first 4 and last 4
 * characters ({@code 1101**********1239}), the name its first character ({@code 张*},
 * {@code 欧***}).
 *
 * @param original the holder as issued
 * @param name     the name as printed
 * @param idNumber the ID number as printed
 */
public record MaskedHolder(CertificateHolder original, String name, String idNumber) {

    public MaskedHolder {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
    }

    public static MaskedHolder of(CertificateHolder holder, HolderMasking masking) {
        return switch (masking) {
            case NONE -> new MaskedHolder(holder, holder.name(), holder.idNumber());
            case MASK_ID -> new MaskedHolder(holder, holder.name(), Masking.identifier(holder.idNumber()));
            case MASK_NAME_AND_ID -> new MaskedHolder(holder, Masking.name(holder.name()),
                    Masking.identifier(holder.idNumber()));
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

    @Override
    public String toString() {
        return "MaskedHolder[" + Masking.identifier(original.idNumber()) + "]";
    }
}
