package org.onetrip.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintRequestTest {
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void keepsItsOwnCopyOfTheDocument() {
        byte[] pdf = PDF.clone();
        PrintRequest request = new PrintRequest("cert-42", pdf);
        pdf[0] = 'X';

        assertThat(request.pdf()).isEqualTo(PDF);
        assertThat(request.toString()).isEqualTo("PrintRequest[cert-42, 9 bytes]");
    }

    @Test
    void refusesADocumentThatIsNoPdf() {
        assertThatThrownBy(() -> new PrintRequest("cert-1", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with %PDF-");
        assertThatThrownBy(() -> new PrintRequest("cert-1", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0 bytes given)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "张伟的证书", "with space", "a/b"})
    void refusesJobNamesThatCouldCarryPersonalDataOrPaths(String name) {
        assertThatThrownBy(() -> new PrintRequest(name, PDF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 64 characters of A-Z a-z 0-9 . _ -");
    }

    @Test
    void refusesAJobNameLongerThan64() {
        assertThatThrownBy(() -> new PrintRequest("x".repeat(65), PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PrintRequest("x".repeat(64), PDF).jobName()).hasSize(64);
    }
}
