package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administration and fault-injection endpoints answer only an operator who shows the token. */
class OperatorTokenTest {

    private static final String RULE = "{\"rules\": [{\"mode\": \"FAIL\", \"probability\": 1.0}]}";

    @TempDir
    Path data;

    private ReferenceBackend backend;

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.stop();
        }
    }

    @Test
    void theFirstStartCreatesAnOwnerOnlyTokenFileThatLaterStartsKeep() throws Exception {
        backend = new ReferenceBackend();
        backend.start(0, data);
        Path file = data.resolve("operator-token");
        String first = backend.operatorToken();
        backend.stop();

        backend = new ReferenceBackend();
        backend.start(0, data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file, StandardCharsets.US_ASCII).trim()).isEqualTo(first).hasSizeGreaterThan(40);
        assertThat(backend.operatorToken()).isEqualTo(first);
        assertThat(backend.operatorTokenFile()).contains(file);
        assertThat(admin("GET", "faults", null, first).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTheTokenAdministrationIsRefused401AndNothingChanges() throws Exception {
        backend = new ReferenceBackend();
        backend.start(0, data);

        List<HttpResponse<String>> refused = List.of(
                admin("GET", "faults", null, null),
                admin("POST", "faults", RULE, null),
                admin("POST", "faults", RULE, "not-the-operator-token-at-all"),
                admin("DELETE", "faults", null, backend.operatorToken() + "x"),
                admin("POST", "down", "{\"duration\": \"PT30S\"}", null));

        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("Bearer"));
            JsonNode error = json(response).get("error");
            assertThat(error.get("code").asText()).isEqualTo("OPERATOR_TOKEN_REQUIRED");
            assertThat(error.get("retryable").asBoolean()).isFalse();
            assertThat(error.get("message").asText()).contains("operator token");
        }
        assertThat(backend.faults().rules()).isEmpty();
        assertThat(backend.isUp()).isTrue();
        assertThat(admin("POST", "faults", RULE, backend.operatorToken()).statusCode()).isEqualTo(200);
        assertThat(backend.faults().rules()).hasSize(1);
    }

    @Test
    void aTokenGivenAsAnOptionIsUsedAndNoFileIsWritten() throws Exception {
        String token = "given-by-the-hall-operator-0123456789";
        backend = new ReferenceBackend(BackendOptions.defaults().withOperatorToken(token));
        backend.start(0, data);

        assertThat(admin("GET", "faults", null, token).statusCode()).isEqualTo(200);
        assertThat(data.resolve("operator-token")).doesNotExist();
        assertThat(backend.operatorTokenFile()).isEmpty();
        assertThatThrownBy(() -> BackendOptions.defaults().withOperatorToken("short"))
                .hasMessageContaining("at least 16 characters");
    }

    @Test
    void aTokenFileOthersCanReadStopsTheStart() throws Exception {
        Path file = data.resolve("operator-token");
        Files.writeString(file, "readable-by-everyone-0123456789\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ReferenceBackend exposed = new ReferenceBackend();

        assertThatThrownBy(() -> exposed.start(0, data)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0600");
        assertThat(exposed.isUp()).isFalse();
    }

    private HttpResponse<String> admin(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + backend.port() + "/admin/" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return KioskCredentials.stranger(backend.authorityCertificate()).send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
