package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.onetrip.config.catalog.HolderMasking;

class CertificatePreviewTest {

    @Test
    void page1IsRenderedAtScreenResolutionWithItsQrCode() throws Exception {
        byte[] pdf;
        try (CertificateRenderer renderer = new CertificateRenderer(CertificateFonts.DEBIAN, Clock.systemUTC())) {
            pdf = ((RenderOutcome.Rendered) renderer.render(SampleCertificates.household(SampleCertificates.ZHANG_WEI,
                    "7K2M-Q9XD-40TB"), HolderMasking.NONE)).certificate().pdf();
        }

        BufferedImage image = new CertificatePreview(96).firstPage(pdf);

        assertThat(image.getWidth()).isEqualTo(793);
        assertThat(image.getHeight()).isEqualTo(1122);
        assertThat(CertificateRendererTest.decodeQr(image))
                .isEqualTo("https://zwfw.example.gov.cn/verify?code=7K2M-Q9XD-40TB");
    }

    @Test
    void aResolutionOutOfRangeIsRejected() {
        assertThatThrownBy(() -> new CertificatePreview(20))
                .hasMessage("preview resolution must be 36.0 to 300.0 dpi, got 20.0");
    }

    @Test
    void bytesThatAreNoPdfAreASurprise() {
        assertThatThrownBy(() -> new CertificatePreview(96).firstPage("hello".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(CertificateDocumentException.class);
    }
}
