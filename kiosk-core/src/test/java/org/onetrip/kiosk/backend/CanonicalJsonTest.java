package org.onetrip.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sortsMembersDropsWhitespaceAndKeepsChineseUnescaped() throws Exception {
        JsonNode node = JSON.readTree("""
                { "b": 1, "a": {"z": [3, 1.5, "x"], "y": true, "Z": null}, "名": "张伟\\n\\"" }""");

        assertThat(new String(CanonicalJson.of(node), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":{\"Z\":null,\"y\":true,\"z\":[3,1.5,\"x\"]},\"b\":1,\"名\":\"张伟\\n\\\"\"}");
    }

    @Test
    void givesTheSameBytesAsTheApprovalSystemForARealisticManifest() throws Exception {
        JsonNode manifest = JSON.readTree("""
                {"submissionId":"s-1234567","kioskId":"SZ-NS-0001","formAnswers":{"size":2,"ratio":0.25,
                 "big":12345678901234567890,"note":"刘䶮 U+4DAE","tab":"a\\tb"},"applicant":{"name":"刘䶮"},
                 "materials":[{"pageCount":1,"fileName":"a.pdf"}]}""");

        assertThat(CanonicalJson.of(manifest))
                .isEqualTo(org.onetrip.backend.submission.CanonicalJson.bytes(manifest));
    }
}
