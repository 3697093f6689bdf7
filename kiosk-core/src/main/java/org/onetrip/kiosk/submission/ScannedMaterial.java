package org.onetrip.kiosk.submission;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One material handed in as a file (usually a PDF of the scanned pages).
 *
 * @param materialCode the catalog's material code
 * @param fileName     unique within the filing: letters, digits, '.', '-', '_', not starting with '.', up to 128
 * @param pageCount    1 or more
 * @param content      the file's bytes, at most 64 MiB; not copied, so do not change it afterwards
 */
public record ScannedMaterial(String materialCode, String fileName, int pageCount, byte[] content) {

    /** The contract's limit on one file. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}");

    public ScannedMaterial {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        if (materialCode.isBlank()) {
            throw new IllegalArgumentException("a material needs its catalog code");
        }
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("material file name must match " + FILE_NAME.pattern() + ", got '"
                    + fileName + "'");
        }
        if (pageCount < 1) {
            throw new IllegalArgumentException("material " + fileName + " must have at least one page, got "
                    + pageCount);
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("material " + fileName + " must hold 1 byte to 64 MiB, holds "
                    + content.length + " bytes");
        }
    }

    @Override
    public String toString() {
        return "ScannedMaterial[" + materialCode + ", " + fileName + ", " + pageCount + " page(s), " + content.length
                + " bytes]";
    }
}
