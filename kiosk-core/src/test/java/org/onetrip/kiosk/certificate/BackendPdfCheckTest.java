package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.onetrip.config.PageSize;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Accepted;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Reason;
import org.onetrip.kiosk.certificate.BackendPdfVerdict.Refused;

class BackendPdfCheckTest {

    private final BackendPdfCheck check = new BackendPdfCheck(BackendPdfLimits.DEFAULT);

    @Test
    void aWellFormedA4PdfIsAccepted() throws Exception {
        assertThat(check.check(TestPdfs.pages(3, PDRectangle.A4, "certificate"), OptionalInt.of(3)))
                .isEqualTo(new Accepted(3));
    }

    @Test
    void aLandscapeA4PageIsAccepted() throws Exception {
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

        assertThat(check.check(TestPdfs.pages(1, landscape, "certificate"))).isEqualTo(new Accepted(1));
    }

    @Test
    void noBytesAreRefusedAsEmpty() {
        assertThat(check.check(new byte[0])).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void somethingElseThanAPdfIsRefused() {
        byte[] html = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(check.check(html)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.NOT_A_PDF));
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() throws Exception {
        byte[] whole = TestPdfs.pages(2, PDRectangle.A4, "certificate");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThat(check.check(half)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.DAMAGED);
            assertThat(r.detail()).contains("cut short");
        });
    }

    @Test
    void aPdfWithGarbledStructureIsRefusedAsDamaged() {
        byte[] garbled = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(check.check(garbled)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isIn(Reason.DAMAGED, Reason.NO_PAGES));
    }

    @Test
    void aDocumentWithoutPagesIsRefused() throws Exception {
        assertThat(check.check(TestPdfs.noPages())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.NO_PAGES));
    }

    @Test
    void tooManyPagesAreRefused() throws Exception {
        assertThat(check.check(TestPdfs.pages(21, PDRectangle.A4, "page"))).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
            assertThat(r.detail()).isEqualTo("21 pages, the limit is 20");
        });
    }

    @Test
    void aPageCountOtherThanDeclaredIsRefused() throws Exception {
        assertThat(check.check(TestPdfs.pages(2, PDRectangle.A4, "page"), OptionalInt.of(3)))
                .isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(Reason.PAGE_COUNT_MISMATCH));
    }

    @Test
    void aUsLetterPageIsRefusedWithItsSize() throws Exception {
        assertThat(check.check(TestPdfs.pages(1, PDRectangle.LETTER, "letter"))).isInstanceOfSatisfying(Refused.class,
                r -> {
                    assertThat(r.reason()).isEqualTo(Reason.WRONG_PAGE_SIZE);
                    assertThat(r.detail()).isEqualTo("page 1 is 216 x 279 mm, the paper is A4 (210 x 297 mm)");
                });
    }

    @Test
    void anEncryptedPdfIsRefusedWithOrWithoutAUserPassword() throws Exception {
        assertThat(check.check(TestPdfs.encrypted(""))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.ENCRYPTED));
        assertThat(check.check(TestPdfs.encrypted("user-secret"))).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.ENCRYPTED));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        BackendPdfCheck small = new BackendPdfCheck(new BackendPdfLimits(1024, 20, PageSize.A4, 2));
        byte[] pdf = TestPdfs.pages(1, PDRectangle.A4, "x".repeat(80));
        byte[] padded = Arrays.copyOf(pdf, 4096);

        assertThat(small.check(padded)).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(r.detail()).isEqualTo("4096 bytes, the limit is 1024");
        });
    }

    @Test
    void aRenderedCertificatePassesTheSameCheck() throws Exception {
        try (CertificateRenderer renderer = new CertificateRenderer(CertificateFonts.DEBIAN, java.time.Clock.systemUTC())) {
            RenderOutcome outcome = renderer.render(SampleCertificates.socialInsurance(SampleCertificates.ZHANG_WEI,
                    "9J4P-S2ZF-62WD", 120), org.onetrip.config.catalog.HolderMasking.MASK_ID);
            RenderedCertificate certificate = ((RenderOutcome.Rendered) outcome).certificate();

            assertThat(check.check(certificate.pdf(), OptionalInt.of(certificate.pages())))
                    .isEqualTo(new Accepted(certificate.pages()));
        }
    }

    @Test
    void limitsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> new BackendPdfLimits(10, 20, PageSize.A4, 2))
                .hasMessage("maxBytes must be 1 KiB to 64 MiB, got 10");
        assertThatThrownBy(() -> new BackendPdfLimits(1024, 0, PageSize.A4, 2))
                .hasMessage("maxPages must be 1 to 200, got 0");
        assertThatThrownBy(() -> new BackendPdfLimits(1024, 20, PageSize.A4, -1))
                .hasMessage("toleranceMm must be 0 to 10, got -1.0");
    }
}
