package org.onetrip.kiosk.material;

import java.util.Arrays;
import java.util.Objects;

/**
 * An electronic licence or record the approval system supplied as a PDF, used as a material. It holds
 * personal data: wiped with the session.
 *
 * @param title     what the licence is called, for the screen
 * @param pageCount pages of the PDF
 */
public record FetchedLicence(String title, int pageCount, byte[] pdf) {

    public FetchedLicence {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
        if (pageCount < 1) {
            throw new IllegalArgumentException("a licence has at least one page, got " + pageCount);
        }
    }

    void wipe() {
        Arrays.fill(pdf, (byte) 0);
    }

    @Override
    public String toString() {
        return "FetchedLicence[" + pageCount + " page(s)]";
    }
}
