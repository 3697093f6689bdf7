package org.onetrip.kiosk.certificate;

import java.util.Objects;

/**
 * A certificate ready for the printer.
 *
 * @param pdf              the PDF file, A4, fonts embedded as subsets
 * @param pages            its page count, at least 1
 * @param verificationCode the code printed on every page
 */
public record RenderedCertificate(byte[] pdf, int pages, String verificationCode) {

    public RenderedCertificate {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(verificationCode, "verificationCode");
        if (pages < 1) {
            throw new IllegalArgumentException("a certificate has at least one page, got " + pages);
        }
    }

    @Override
    public String toString() {
        return "RenderedCertificate[" + verificationCode + ", " + pages + " pages, " + pdf.length + " bytes]";
    }
}
