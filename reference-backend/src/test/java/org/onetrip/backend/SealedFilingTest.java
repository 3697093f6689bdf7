package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.bytes;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.store.Digests;

/** Filings arrive sealed to the backend's key, and a key rotation loses none that kiosks still hold. */
class SealedFilingTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
    private ReferenceBackend backend;
    private TestKiosk kiosk;

    @BeforeEach
    void start() throws Exception {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
        assertThat(kiosk.enrol().statusCode()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void theBackendPublishesItsKeyAsAJwkWhoseKidIsItsThumbprint() throws Exception {
        JsonNode key = json(kiosk.send("GET", "sealing-keys", null)).get("keys").get(0);

        assertThat(key.get("kty").asText()).isEqualTo("OKP");
        assertThat(key.get("crv").asText()).isEqualTo("X25519");
        String canonical = "{\"crv\":\"X25519\",\"kty\":\"OKP\",\"x\":\"" + key.get("x").asText() + "\"}";
        assertThat(key.get("kid").asText()).isEqualTo(java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Digests.sha256(canonical.getBytes(StandardCharsets.UTF_8))));
        assertThat(Files.getPosixFilePermissions(data.resolve("sealing-keys.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aManifestInClearIsRefusedAndNothingIsKept() throws Exception {
        byte[] clear = bytes(kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles())));

        HttpResponse<String> created = kiosk.send("PUT", "submissions/sub-00000001", clear,
                "Idempotency-Key", "sub-00000001");

        assertThat(created.statusCode()).isEqualTo(415);
        assertThat(json(created).get("error").get("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(json(created).get("error").get("retryable").asBoolean()).isFalse();
        assertThat(kiosk.status("sub-00000001").statusCode()).isEqualTo(404);
    }

    @Test
    void aSealedFileCannotPassForTheManifestNorForAnotherFile() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        byte[] envelope = bytes(kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        byte[] sealedAsFile = kiosk.seal(envelope, SealedBody.fileContext("sub-00000001", "idcard.pdf"));

        HttpResponse<String> created = kiosk.send("PUT", "submissions/sub-00000001", sealedAsFile,
                "Idempotency-Key", "sub-00000001", "Content-Type", SealedBody.MEDIA_TYPE,
                SealedBody.KEY_HEADER, kiosk.sealingKey().kid());
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(json(created).get("error").get("code").asText()).isEqualTo("UNSEALABLE_BODY");

        assertThat(kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)))
                .statusCode()).isEqualTo(201);
        byte[] contractSealedAsIdCard = kiosk.seal(files.get("contract.pdf"),
                SealedBody.fileContext("sub-00000001", "idcard.pdf"));
        HttpResponse<String> swapped = kiosk.send("PUT", "submissions/sub-00000001/files/contract.pdf",
                contractSealedAsIdCard, "Idempotency-Key", "sub-00000001",
                "X-Content-SHA256", Digests.sha256Hex(contractSealedAsIdCard),
                "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, kiosk.sealingKey().kid());
        assertThat(swapped.statusCode()).isEqualTo(400);
        assertThat(json(swapped).get("error").get("code").asText()).isEqualTo("UNSEALABLE_BODY");
    }

    @Test
    void aBodySealedToAKeyTheBackendNeverHadIsRefusedForGood() throws Exception {
        byte[] sealed = kiosk.seal(bytes(kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI,
                TestKiosk.twoFiles()))), SealedBody.manifestContext("sub-00000001"));

        HttpResponse<String> created = kiosk.send("PUT", "submissions/sub-00000001", sealed,
                "Idempotency-Key", "sub-00000001", "Content-Type", SealedBody.MEDIA_TYPE,
                SealedBody.KEY_HEADER, "n0t-a-key-this-backend-ever-had-0000000000000");

        assertThat(created.statusCode()).isEqualTo(409);
        assertThat(json(created).get("error").get("code").asText()).isEqualTo("UNKNOWN_SEALING_KEY");
        assertThat(json(created).get("error").get("retryable").asBoolean()).isFalse();
    }

    @Test
    void filingsSealedBeforeARotationStillGoThroughAfterItAndAfterARestart() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        String before = kiosk.sealingKey().kid();
        byte[] manifest = kiosk.seal(bytes(kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files))),
                SealedBody.manifestContext("sub-00000001"));
        byte[] idCard = kiosk.seal(files.get("idcard.pdf"), SealedBody.fileContext("sub-00000001", "idcard.pdf"));

        HttpResponse<String> rotated = KioskCredentials.stranger(backend.authorityCertificate()).send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + backend.port() + "/admin/sealing-keys:rotate"))
                        .header("Authorization", "Bearer " + backend.operatorToken())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rotated.statusCode()).isEqualTo(201);
        backend.stop();
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
        TestKiosk again = kiosk.reconnect(backend);

        JsonNode keys = json(again.send("GET", "sealing-keys", null)).get("keys");
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(json(rotated).get("kid").asText()).isNotEqualTo(before);
        assertThat(keys.get(1).get("kid").asText()).isEqualTo(before);
        assertThat(again.send("PUT", "submissions/sub-00000001", manifest, "Idempotency-Key", "sub-00000001",
                "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, before).statusCode()).isEqualTo(201);
        assertThat(again.send("PUT", "submissions/sub-00000001/files/idcard.pdf", idCard,
                "Idempotency-Key", "sub-00000001", "X-Content-SHA256", Digests.sha256Hex(idCard),
                "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, before).statusCode()).isEqualTo(201);
        assertThat(again.upload("sub-00000001", "contract.pdf", files.get("contract.pdf")).statusCode())
                .isEqualTo(201);
        assertThat(again.commit("sub-00000001").statusCode()).isEqualTo(200);
        assertThat(Files.readAllBytes(data.resolve("files/sub-00000001/idcard.pdf"))).isEqualTo(files.get("idcard.pdf"));
    }
}
