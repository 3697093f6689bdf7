package org.onetrip.config.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.config.LocalizedText;

/**
 * A document citizens hand in, defined once in the catalog.
 *
 * @param code                   referred to by matters
 * @param name                   e.g. 营业执照
 * @param mustShow               what the document must show to be accepted
 * @param form                   original, copy, or both
 * @param copies                 how many, 1 to 20
 * @param reviewPoints           what the clerk checks, e.g. 加盖公章; at least one
 * @param electronicLicenceType  when present, the backend can fetch this material as an electronic licence
 *                               of this type instead of a scan
 * @param sampleImage            file name of a filled-in sample shown to citizens, if any
 */
public record Material(String code, LocalizedText name, LocalizedText mustShow, MaterialForm form, int copies,
                       List<LocalizedText> reviewPoints, Optional<String> electronicLicenceType,
                       Optional<String> sampleImage) {

    public static final int DEFAULT_COPIES = 1;
    public static final int MAX_COPIES = 20;

    public Material {
        Codes.require(code, "material code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mustShow, "mustShow");
        Objects.requireNonNull(form, "form");
        if (copies < 1 || copies > MAX_COPIES) {
            throw new IllegalArgumentException("copies must be from 1 to " + MAX_COPIES + ", got " + copies);
        }
        reviewPoints = List.copyOf(reviewPoints);
        if (reviewPoints.isEmpty()) {
            throw new IllegalArgumentException("a material needs at least one review point");
        }
        Objects.requireNonNull(electronicLicenceType, "electronicLicenceType");
        electronicLicenceType.ifPresent(type -> Codes.require(type, "licence type"));
        Objects.requireNonNull(sampleImage, "sampleImage");
        sampleImage.ifPresent(Material::requireFileName);
    }

    private static void requireFileName(String name) {
        if (!name.matches("[A-Za-z0-9._-]+\\.(png|jpg|jpeg|svg)")) {
            throw new IllegalArgumentException("sample image must be a plain .png, .jpg or .svg file name, got " + name);
        }
    }

    /** Whether the backend can supply this material as an electronic licence. */
    public boolean electronicLicence() {
        return electronicLicenceType.isPresent();
    }
}
