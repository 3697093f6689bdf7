package org.onetrip.backend;

import org.onetrip.backend.sealing.SealedBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.JSON;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.bytes;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.http.RequestLimits;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.submission.CanonicalJson;

class SubmissionFlowTest {

    private static final String OCTETS = SealedBody.MEDIA_TYPE;

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
    void createUploadCommitGivesAnAcceptanceNumber() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        HttpResponse<String> created = kiosk.create("sub-00000001",
                kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("missingFiles")).extracting(JsonNode::asText)
                .containsExactly("idcard.pdf", "contract.pdf");

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertThat(kiosk.upload("sub-00000001", file.getKey(), file.getValue()).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> committed = kiosk.commit("sub-00000001");

        assertThat(committed.statusCode()).isEqualTo(200);
        JsonNode acceptance = json(committed);
        assertThat(acceptance.get("acceptanceNumber").asText()).matches("SZ20261121-\\d{6}");
        assertThat(acceptance.get("state").asText()).isEqualTo("RECEIVED");
        assertThat(acceptance.get("promisedDate").asText()).isEqualTo("2026-11-27");
        assertThat(Files.readAllBytes(data.resolve("files/sub-00000001/contract.pdf")))
                .isEqualTo(files.get("contract.pdf"));
    }

    @Test
    void acceptanceNumbersAreUniqueAndRising() throws Exception {
        String first = json(kiosk.fileComplete("sub-00000001", ZHANG_WEI)).get("acceptanceNumber").asText();
        String second = json(kiosk.fileComplete("sub-00000002", ZHANG_WEI)).get("acceptanceNumber").asText();

        assertThat(second).isNotEqualTo(first);
        assertThat(second.compareTo(first)).isPositive();
    }

    @Test
    void retriedCallsNeverCreateASecondFiling() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        ObjectNode envelope = kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files));
        assertThat(kiosk.create("sub-00000001", envelope).statusCode()).isEqualTo(201);
        assertThat(kiosk.create("sub-00000001", envelope).statusCode()).isEqualTo(200);
        assertThat(kiosk.upload("sub-00000001", "idcard.pdf", files.get("idcard.pdf")).statusCode()).isEqualTo(201);
        assertThat(kiosk.upload("sub-00000001", "idcard.pdf", files.get("idcard.pdf")).statusCode()).isEqualTo(200);
        kiosk.upload("sub-00000001", "contract.pdf", files.get("contract.pdf"));

        String first = json(kiosk.commit("sub-00000001")).get("acceptanceNumber").asText();
        HttpResponse<String> retry = kiosk.commit("sub-00000001");

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).get("acceptanceNumber").asText()).isEqualTo(first);
        assertThat(json(kiosk.lookup(ZHANG_WEI)).get("filings")).hasSize(1);
        assertThat(kiosk.create("sub-00000001", envelope).statusCode()).isEqualTo(200);
        assertThat(json(kiosk.status("sub-00000001")).get("acceptanceNumber").asText()).isEqualTo(first);
    }

    @Test
    void statusShowsReceivedFilesSoAnUploadResumes() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        kiosk.upload("sub-00000001", "idcard.pdf", files.get("idcard.pdf"));

        JsonNode status = json(kiosk.status("sub-00000001"));

        assertThat(status.get("state").asText()).isEqualTo("OPEN");
        assertThat(status.get("receivedFiles")).hasSize(1);
        assertThat(status.get("receivedFiles").get(0).get("fileName").asText()).isEqualTo("idcard.pdf");
        assertThat(status.get("receivedFiles").get(0).get("sha256").asText())
                .isEqualTo(Digests.sha256Hex(files.get("idcard.pdf")));
        assertThat(status.get("missingFiles")).extracting(JsonNode::asText).containsExactly("contract.pdf");
    }

    @Test
    void commitWithFilesMissingIsRefusedAndNamesThem() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        kiosk.upload("sub-00000001", "idcard.pdf", files.get("idcard.pdf"));

        HttpResponse<String> commit = kiosk.commit("sub-00000001");

        assertThat(commit.statusCode()).isEqualTo(409);
        JsonNode error = json(commit).get("error");
        assertThat(error.get("code").asText()).isEqualTo("FILES_MISSING");
        assertThat(error.get("details").get("missingFiles")).extracting(JsonNode::asText)
                .containsExactly("contract.pdf");
        assertThat(json(kiosk.lookup(ZHANG_WEI)).get("filings")).isEmpty();
    }

    @Test
    void aDamagedUploadIsRejectedAndNothingIsStored() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));

        HttpResponse<String> damaged = kiosk.send("PUT", "submissions/sub-00000001/files/idcard.pdf",
                "%PDF-1.7 id card scXn".getBytes(StandardCharsets.US_ASCII), "Idempotency-Key", "sub-00000001",
                "X-Content-SHA256", Digests.sha256Hex(files.get("idcard.pdf")), "Content-Type", OCTETS);

        assertThat(damaged.statusCode()).isEqualTo(422);
        assertThat(json(damaged).get("error").get("code").asText()).isEqualTo("DIGEST_MISMATCH");
        assertThat(json(damaged).get("error").get("retryable").asBoolean()).isTrue();
        assertThat(json(kiosk.status("sub-00000001")).get("receivedFiles")).isEmpty();
    }

    @Test
    void aFileThatIsNotTheManifestsIsRejected() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));

        HttpResponse<String> other = kiosk.upload("sub-00000001", "idcard.pdf",
                "another scan".getBytes(StandardCharsets.US_ASCII));

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).get("error").get("code").asText()).isEqualTo("MANIFEST_DIGEST_MISMATCH");
        assertThat(json(other).get("error").get("retryable").asBoolean()).isFalse();
    }

    @Test
    void theRfc3230DigestHeaderIsAcceptedToo() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        byte[] content = kiosk.seal(files.get("idcard.pdf"), SealedBody.fileContext("sub-00000001", "idcard.pdf"));

        HttpResponse<String> upload = kiosk.send("PUT", "submissions/sub-00000001/files/idcard.pdf", content,
                "Idempotency-Key", "sub-00000001", "Content-Type", SealedBody.MEDIA_TYPE,
                SealedBody.KEY_HEADER, kiosk.sealingKey().kid(),
                "Digest", "SHA-256=" + Base64.getEncoder().encodeToString(Digests.sha256(content)));

        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(json(upload).get("missingFiles")).extracting(JsonNode::asText).containsExactly("contract.pdf");
    }

    @Test
    void anUploadWithoutADigestIsRefused() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));

        HttpResponse<String> upload = kiosk.send("PUT", "submissions/sub-00000001/files/idcard.pdf",
                files.get("idcard.pdf"), "Idempotency-Key", "sub-00000001", "Content-Type", OCTETS);

        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(json(upload).get("error").get("code").asText()).isEqualTo("MISSING_HEADER");
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles())));

        HttpResponse<String> upload = kiosk.upload("sub-00000001", "idcard.pdf",
                new byte[(int) RequestLimits.defaults().fileBodyBytes() + 1]);

        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(json(upload).get("error").get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(json(kiosk.status("sub-00000001")).get("receivedFiles")).isEmpty();
    }

    @Test
    void anUndeclaredFileIsUnknown() throws Exception {
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles())));

        HttpResponse<String> upload = kiosk.upload("sub-00000001", "extra.pdf", new byte[] {1, 2, 3});

        assertThat(upload.statusCode()).isEqualTo(404);
        assertThat(json(upload).get("error").get("code").asText()).isEqualTo("UNKNOWN_FILE");
    }

    @Test
    void aManifestSignedByAnotherKeyIsRefusedWith401() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ObjectNode manifest = kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles());

        HttpResponse<String> created = kiosk.create("sub-00000001", kiosk.envelopeSignedBy(manifest, stranger));

        assertThat(created.statusCode()).isEqualTo(401);
        JsonNode error = json(created).get("error");
        assertThat(error.get("code").asText()).isEqualTo("BAD_SIGNATURE");
        assertThat(error.get("retryable").asBoolean()).isFalse();
        assertThat(error.get("requestId").asText()).isNotBlank();
        assertThat(created.headers().firstValue("X-Request-Id")).contains(error.get("requestId").asText());
        assertThat(kiosk.status("sub-00000001").statusCode()).isEqualTo(404);
    }

    @Test
    void aManifestAlteredAfterSigningIsRefused() throws Exception {
        ObjectNode envelope = kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles()));
        ((ObjectNode) envelope.get("manifest").get("formAnswers")).put("reason", "另有目的");

        HttpResponse<String> created = kiosk.create("sub-00000001", envelope);

        assertThat(created.statusCode()).isEqualTo(401);
        assertThat(json(created).get("error").get("code").asText()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void aKioskWithoutAnEnrolledKeyIsRefused() throws Exception {
        TestKiosk unknown = new TestKiosk(backend, "KIOSK-XX-9999");
        ObjectNode envelope = unknown.envelope(unknown.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles()));

        HttpResponse<String> created = unknown.create("sub-00000001", envelope);

        assertThat(created.statusCode()).isEqualTo(401);
        assertThat(json(created).get("error").get("code").asText()).isEqualTo("UNKNOWN_KEY");
    }

    @Test
    void anEcdsaP256KeyWorksAsWell() throws Exception {
        TestKiosk ecKiosk = new TestKiosk(backend, "KIOSK-EC-0001");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair ec = generator.generateKeyPair();
        ObjectNode key = JSON.createObjectNode().put("keyId", "ec1").put("algorithm", "SHA256withECDSA")
                .put("publicKey", Base64.getEncoder().encodeToString(ec.getPublic().getEncoded()));
        assertThat(ecKiosk.send("POST", "kiosks/KIOSK-EC-0001/keys", bytes(key), "Idempotency-Key", "ec1")
                .statusCode()).isEqualTo(201);
        ObjectNode manifest = ecKiosk.manifest("sub-ec000001", ZHANG_WEI, TestKiosk.twoFiles());
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(ec.getPrivate());
        signer.update(CanonicalJson.bytes(manifest));
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("manifest", manifest);
        envelope.put("signature", Base64.getEncoder().encodeToString(signer.sign()))
                .put("keyId", "ec1").put("algorithm", "SHA256withECDSA");

        assertThat(ecKiosk.create("sub-ec000001", envelope).statusCode()).isEqualTo(201);
    }

    @Test
    void reEnrollingAnotherKeyUnderTheSameIdIsAConflict() throws Exception {
        assertThat(kiosk.enrol().statusCode()).isEqualTo(200);
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ObjectNode key = JSON.createObjectNode().put("keyId", kiosk.keyId).put("algorithm", "Ed25519")
                .put("publicKey", Base64.getEncoder().encodeToString(other.getPublic().getEncoded()));

        HttpResponse<String> enrol = kiosk.send("POST", "kiosks/" + kiosk.kioskId + "/keys", bytes(key),
                "Idempotency-Key", kiosk.keyId);

        assertThat(enrol.statusCode()).isEqualTo(409);
        assertThat(json(enrol).get("error").get("code").asText()).isEqualTo("KEY_CONFLICT");
    }

    @Test
    void aDifferentManifestUnderTheSameIdIsAConflict() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        ObjectNode changed = kiosk.manifest("sub-00000001", ZHANG_WEI, files);
        changed.withArray("matterCodes").add("SOCIAL-INSURANCE-TRANSFER");

        HttpResponse<String> again = kiosk.create("sub-00000001", kiosk.envelope(changed));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("error").get("code").asText()).isEqualTo("MANIFEST_CONFLICT");
    }

    @Test
    void anInvalidManifestIsRefusedWithEveryProblemListed() throws Exception {
        ObjectNode manifest = kiosk.manifest("sub-00000001", "110101198503121230", TestKiosk.twoFiles());
        manifest.remove("matterCodes");
        manifest.put("submittedAt", "yesterday");

        HttpResponse<String> created = kiosk.create("sub-00000001", kiosk.envelope(manifest));

        assertThat(created.statusCode()).isEqualTo(400);
        JsonNode error = json(created).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_MANIFEST");
        assertThat(error.get("details").get("problems")).hasSize(3);
        assertThat(error.get("message").asText()).contains("applicant.idNumber", "matterCodes", "submittedAt")
                .doesNotContain("110101198503121230");
    }

    @Test
    void aPromisedMaterialNeedsASignedCommitment() throws Exception {
        ObjectNode manifest = kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles());
        manifest.withArray("promisedMaterials").addObject().put("materialCode", "M-MARRIAGE")
                .put("dueBy", "2026-12-05");

        HttpResponse<String> created = kiosk.create("sub-00000001", kiosk.envelope(manifest));

        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(json(created).get("error").get("message").asText())
                .contains("M-MARRIAGE has no signed commitment");
    }

    @Test
    void anApplicantWithAnExpiredIdCardIsRejectedAtCommit() throws Exception {
        HttpResponse<String> commit = kiosk.fileComplete("sub-00000001", TestKiosk.CHEN_JING_EXPIRED);

        assertThat(commit.statusCode()).isEqualTo(422);
        JsonNode error = json(commit).get("error");
        assertThat(error.get("code").asText()).isEqualTo("SUBMISSION_REJECTED");
        assertThat(error.get("details").get("reason").asText()).isEqualTo("ID_CARD_EXPIRED");
        assertThat(kiosk.commit("sub-00000001").statusCode()).isEqualTo(422);
        assertThat(json(kiosk.status("sub-00000001")).get("state").asText()).isEqualTo("REJECTED");
        assertThat(json(kiosk.lookup(TestKiosk.CHEN_JING_EXPIRED)).get("filings")).isEmpty();
    }

    @Test
    void contractHeadersAreRequired() throws Exception {
        byte[] envelope = kiosk.seal(bytes(kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI,
                TestKiosk.twoFiles()))), SealedBody.manifestContext("sub-00000001"));
        String[] sealed = {"Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, kiosk.sealingKey().kid()};

        HttpResponse<String> noKey = kiosk.send("PUT", "submissions/sub-00000001", envelope, sealed);
        HttpResponse<String> wrongKey = kiosk.send("PUT", "submissions/sub-00000001", envelope,
                "Idempotency-Key", "sub-99999999", sealed[0], sealed[1], sealed[2], sealed[3]);
        HttpResponse<String> noKiosk = kiosk.http.send(kiosk.request("GET", "catalog/version", null)
                .setHeader("X-Kiosk-Id", " ").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherKiosk = kiosk.http.send(kiosk.request("GET", "catalog/version", null)
                .setHeader("X-Kiosk-Id", "KIOSK-SH-0002").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(noKey.statusCode(), wrongKey.statusCode(), noKiosk.statusCode(), otherKiosk.statusCode()))
                .as("the certificate names the kiosk; X-Kiosk-Id may be left out, but not name another kiosk")
                .containsExactly(400, 400, 200, 403);
        assertThat(json(noKey).get("error").get("code").asText()).isEqualTo("MISSING_HEADER");
        assertThat(json(wrongKey).get("error").get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_MISMATCH");
        assertThat(json(otherKiosk).get("error").get("code").asText()).isEqualTo("KIOSK_ID_MISMATCH");
    }

    @Test
    void anotherKiosksSubmissionIsInvisible() throws Exception {
        kiosk.fileComplete("sub-00000001", ZHANG_WEI);
        TestKiosk other = new TestKiosk(backend, "KIOSK-SH-0002");

        assertThat(other.status("sub-00000001").statusCode()).isEqualTo(404);
        assertThat(other.commit("sub-00000001").statusCode()).isEqualTo(404);
    }

    @Test
    void malformedJsonAndUnknownPathsGetTheErrorBody() throws Exception {
        byte[] truncated = kiosk.seal("{\"manifest\": ".getBytes(StandardCharsets.UTF_8),
                SealedBody.manifestContext("sub-00000001"));
        HttpResponse<String> garbage = kiosk.send("PUT", "submissions/sub-00000001", truncated,
                "Idempotency-Key", "sub-00000001", "Content-Type", SealedBody.MEDIA_TYPE,
                SealedBody.KEY_HEADER, kiosk.sealingKey().kid());
        HttpResponse<String> nowhere = kiosk.send("GET", "nowhere", null);
        HttpResponse<String> wrongMethod = kiosk.send("DELETE", "submissions/sub-00000001", null,
                "Idempotency-Key", "sub-00000001");

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).get("error").get("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(json(nowhere).get("error").get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
    }
}
