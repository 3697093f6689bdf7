package org.onetrip.backend;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.util.Bytes;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.sealing.SealingJwk;
import org.onetrip.backend.sealing.SealingKeyring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onetrip.backend.enrolment.KioskAuthority;
import org.onetrip.backend.enrolment.KioskRegistry;
import org.onetrip.backend.store.Digests;
import org.onetrip.backend.submission.CanonicalJson;

/**
 * The kiosk side of the contract, as plainly as a test needs it: enrolled with a one-time code
 * (its client certificate in {@link #credentials}), a manifest-signing key pair, a signer, and
 * requests over a real HTTPS client that shows the kiosk's certificate.
 */
final class TestKiosk {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ZHANG_WEI = "110101198503121239";
    static final String CHEN_JING_EXPIRED = "440305197805193287";

    final String kioskId;
    final String keyId = "k1";
    final KeyPair keys;
    final KioskCredentials credentials;
    final HttpClient http;
    private final URI base;
    private SealingJwk sealingKey;

    /** A kiosk enrolled at {@code backend} with a code its registry issued. */
    TestKiosk(ReferenceBackend backend, String kioskId) {
        this(backend.baseUri(), kioskId, newKeyPair(), KioskCredentials.enrol(backend, kioskId));
    }

    /**
     * A kiosk talking to a backend at {@code base}, e.g. one running in another process, enrolled
     * with a code issued in that backend's data directory as {@code onetrip backend enrol-code} does.
     */
    TestKiosk(URI base, Path dataDir, String kioskId) {
        this(base, kioskId, newKeyPair(), enrolAt(base, dataDir, kioskId));
    }

    private TestKiosk(URI base, String kioskId, KeyPair keys, KioskCredentials credentials) {
        this.base = base;
        this.kioskId = kioskId;
        this.credentials = credentials;
        this.http = credentials.client();
        this.keys = keys;
    }

    /** The same kiosk, with the same keys and certificate, talking to a restarted backend. */
    TestKiosk reconnect(ReferenceBackend restarted) {
        return new TestKiosk(restarted.baseUri(), kioskId, keys, credentials);
    }

    /** The same kiosk presenting other credentials (a renewed certificate, a forged one). */
    TestKiosk presenting(KioskCredentials other) {
        return new TestKiosk(base, kioskId, keys, other);
    }

    private static KioskCredentials enrolAt(URI base, Path dataDir, String kioskId) {
        String code;
        try (KioskRegistry registry = KioskRegistry.open(dataDir)) {
            code = registry.issueCode(kioskId, Instant.now()).code();
        }
        return KioskCredentials.enrol(base, KioskAuthority.openOrCreate(dataDir).certificate(), kioskId, code);
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> enrol() throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("keyId", keyId)
                .put("algorithm", "Ed25519")
                .put("publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        return send("POST", "kiosks/" + kioskId + "/keys", bytes(body), "Idempotency-Key", keyId);
    }

    /** A complete manifest for the applicant, declaring {@code files}. */
    ObjectNode manifest(String submissionId, String idNumber, Map<String, byte[]> files) {
        Map<String, String> digests = new LinkedHashMap<>();
        files.forEach((name, content) -> digests.put(name, Digests.sha256Hex(content)));
        return manifestDeclaring(submissionId, idNumber, digests);
    }

    /** A complete manifest for the applicant, declaring files by name and SHA-256 (hex). */
    ObjectNode manifestDeclaring(String submissionId, String idNumber, Map<String, String> sha256ByFileName) {
        ObjectNode m = JSON.createObjectNode();
        m.put("kioskId", kioskId);
        m.put("submissionId", submissionId);
        m.putArray("matterCodes").add("HUKOU-MOVE-IN");
        m.putObject("formAnswers").put("reason", "工作调动").put("householdSize", 2);
        m.putObject("applicant").put("idNumber", idNumber).put("name", "张伟").put("validUntil", "2035-06-01");
        ArrayNode materials = m.putArray("materials");
        sha256ByFileName.forEach((name, sha256) -> materials.addObject()
                .put("materialCode", "M-" + name.substring(0, name.indexOf('.')).toUpperCase())
                .put("fileName", name)
                .put("pageCount", 1)
                .put("sha256", sha256));
        m.putArray("promisedMaterials");
        m.putArray("commitments");
        m.put("createdAt", "2026-11-21T01:55:00Z");
        m.put("submittedAt", "2026-11-21T02:00:00Z");
        return m;
    }

    static Map<String, byte[]> twoFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("idcard.pdf", "%PDF-1.7 id card scan".getBytes(StandardCharsets.US_ASCII));
        files.put("contract.pdf", "%PDF-1.7 labour contract, two pages".getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    ObjectNode envelope(ObjectNode manifest) {
        return envelopeSignedBy(manifest, keys);
    }

    ObjectNode envelopeSignedBy(ObjectNode manifest, KeyPair signer) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(signer.getPrivate());
            s.update(CanonicalJson.bytes(manifest));
            ObjectNode envelope = JSON.createObjectNode();
            envelope.set("manifest", manifest);
            envelope.put("signature", Base64.getEncoder().encodeToString(s.sign()));
            envelope.put("keyId", keyId);
            envelope.put("algorithm", "Ed25519");
            return envelope;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> create(String submissionId, ObjectNode envelope) throws IOException, InterruptedException {
        byte[] sealed = seal(bytes(envelope), SealedBody.manifestContext(submissionId));
        return send("PUT", "submissions/" + submissionId, sealed, "Idempotency-Key", submissionId,
                "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, sealingKey().kid());
    }

    HttpResponse<String> upload(String submissionId, String fileName, byte[] content)
            throws IOException, InterruptedException {
        byte[] sealed = seal(content, SealedBody.fileContext(submissionId, fileName));
        return send("PUT", "submissions/" + submissionId + "/files/" + fileName, sealed,
                "Idempotency-Key", submissionId, "X-Content-SHA256", Digests.sha256Hex(sealed),
                "Content-Type", SealedBody.MEDIA_TYPE, SealedBody.KEY_HEADER, sealingKey().kid());
    }

    /** The backend's current sealing key, as a kiosk reads it from {@code GET /sealing-keys}. */
    SealingJwk sealingKey() throws IOException, InterruptedException {
        if (sealingKey == null) {
            HttpResponse<String> keys = send("GET", "sealing-keys", null);
            sealingKey = JSON.treeToValue(json(keys).get("keys").get(0), SealingJwk.class);
        }
        return sealingKey;
    }

    /** Forgets the sealing key read before, e.g. after the backend rotated it. */
    void forgetSealingKey() {
        sealingKey = null;
    }

    /** HPKE to the backend's current key, as a kiosk seals. */
    byte[] seal(byte[] plain, String context) throws IOException, InterruptedException {
        try {
            HybridConfig.register();
            HpkePublicKey key = HpkePublicKey.create(SealingKeyring.SUITE,
                    Bytes.copyFrom(Base64.getUrlDecoder().decode(sealingKey().x())), null);
            HybridEncrypt encrypt = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()).build()
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            return encrypt.encrypt(plain, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> status(String submissionId) throws IOException, InterruptedException {
        return send("GET", "submissions/" + submissionId, null);
    }

    HttpResponse<String> commit(String submissionId) throws IOException, InterruptedException {
        return send("POST", "submissions/" + submissionId + "/commit", new byte[0], "Idempotency-Key", submissionId);
    }

    HttpResponse<String> lookup(String idNumber) throws IOException, InterruptedException {
        return send("POST", "applicants/filings:lookup", bytes(JSON.createObjectNode().put("idNumber", idNumber)));
    }

    /** Creates, uploads every file and commits; returns the commit's answer. */
    HttpResponse<String> fileComplete(String submissionId, String idNumber) throws IOException, InterruptedException {
        Map<String, byte[]> files = twoFiles();
        create(submissionId, envelope(manifest(submissionId, idNumber, files)));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            upload(submissionId, file.getKey(), file.getValue());
        }
        return commit(submissionId);
    }

    HttpResponse<String> send(String method, String path, byte[] body, String... headers)
            throws IOException, InterruptedException {
        return http.send(request(method, path, body, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("X-Kiosk-Id", kioskId)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && !Arrays.asList(headers).contains("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
