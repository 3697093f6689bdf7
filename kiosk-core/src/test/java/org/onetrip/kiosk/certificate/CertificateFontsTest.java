package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateFontsTest {

    @Test
    void aMissingFallbackFontFailsWhenTheRendererIsBuilt() {
        CertificateFonts fonts = new CertificateFonts(List.of(CertificateFonts.DEBIAN.faces().get(0),
                CertificateFonts.FontFile.of(Path.of("/nonexistent/HanaMinB.ttf"))));

        assertThatThrownBy(() -> new CertificateRenderer(fonts, Clock.systemUTC()))
                .isInstanceOf(CertificateDocumentException.class)
                .hasMessage("certificate font /nonexistent/HanaMinB.ttf is missing or unreadable");
    }

    @Test
    void aFaceNotInTheCollectionIsReportedByName() {
        CertificateFonts fonts = new CertificateFonts(List.of(CertificateFonts.FontFile.inCollection(
                CertificateFonts.DEBIAN.faces().get(0).file(), "NotoSansCJK")));

        assertThatThrownBy(() -> new CertificateRenderer(fonts, Clock.systemUTC()))
                .isInstanceOf(CertificateDocumentException.class)
                .hasMessageContaining("wqy-zenhei.ttc")
                .hasRootCauseMessage("no font named NotoSansCJK in /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    }

    @Test
    void atLeastOneFontIsNeeded() {
        assertThatThrownBy(() -> new CertificateFonts(List.of())).hasMessage("at least one font is needed");
    }
}
