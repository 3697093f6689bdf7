package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.backend.TestKiosk.JSON;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.bytes;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.enrolment.KioskAuthority;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Payload;
import org.onetrip.backend.http.Route;
import org.onetrip.backend.store.Digests;

/**
 * The kiosk's identity, proven by the attack: strangers, forgers, revoked and expired kiosks call
 * the backend and are refused; an enrolled kiosk is served.
 */
class KioskCertificateTest {

    private static final String KIOSK = "KIOSK-BJ-0001";
    private static final String OTHER_KIOSK = "KIOSK-SH-0002";

    @TempDir
    java.nio.file.Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
    private ReferenceBackend backend;

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void aStrangerWithoutACertificateIsRefused401OnEveryCallButTheEnrolment() throws Exception {
        new TestKiosk(backend, KIOSK).fileComplete("sub-00000001", ZHANG_WEI);
        HttpClient stranger = KioskCredentials.stranger(backend.authorityCertificate());

        List<String> refused = everyCallButTheEnrolmentIsRefused401(stranger, "KIOSK_NOT_ENROLLED");

        assertThat(refused).contains("POST /api/v1/applicants/filings:lookup", "POST /api/v1/licences:fetch",
                "POST /api/v1/certificates:issue", "POST /admin/kiosks/{kioskId}:revoke");
        HttpResponse<String> unknownPath = stranger.send(HttpRequest.newBuilder(URI.create(backend.baseUri()
                + "nowhere")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownPath.statusCode()).as("an unknown path tells a stranger nothing").isEqualTo(401);
    }

    @Test
    void aRevokedKioskIsRefused401OnEveryCallButTheEnrolment() throws Exception {
        TestKiosk kiosk = new TestKiosk(backend, KIOSK);
        kiosk.fileComplete("sub-00000001", ZHANG_WEI);
        backend.revokeKiosk(KIOSK);

        everyCallButTheEnrolmentIsRefused401(kiosk.http, "KIOSK_CERTIFICATE_REVOKED");
    }

    @Test
    void aKioskTheBackendNoLongerKnowsIsRefused401OnEveryCallButTheEnrolment() throws Exception {
        TestKiosk kiosk = new TestKiosk(backend, KIOSK);
        kiosk.fileComplete("sub-00000001", ZHANG_WEI);
        backend.stop();
        // the registry is lost; the authority that signed the kiosk's certificate is not
        java.nio.file.Files.delete(data.resolve("enrolment.db"));
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);

        everyCallButTheEnrolmentIsRefused401(kiosk.reconnect(backend).http, "KIOSK_NOT_ENROLLED");
    }

    /**
     * Calls every route but the enrolment, well-formed, with the enrolled kiosk's id in {@code
     * X-Kiosk-Id} (which proves nothing), and checks each is refused 401 without a word of the
     * citizen's data: {@code kioskCode} on contract calls, the operator token's code on operator calls.
     *
     * @return the routes checked
     */
    private List<String> everyCallButTheEnrolmentIsRefused401(HttpClient caller, String kioskCode) throws Exception {
        List<String> checked = new ArrayList<>();
        for (Route route : backend.routes()) {
            if (route.guard() == Guard.ENROLMENT) {
                continue;
            }
            HttpResponse<String> answer = caller.send(sample(route, "X-Kiosk-Id", KIOSK),
                    HttpResponse.BodyHandlers.ofString());

            JsonNode error = json(answer).get("error");
            assertThat(answer.statusCode()).as(route.name()).isEqualTo(401);
            assertThat(error.get("code").asText()).as(route.name())
                    .isEqualTo(route.guard() == Guard.ADMIN ? "OPERATOR_TOKEN_REQUIRED" : kioskCode);
            assertThat(error.get("retryable").asBoolean()).as(route.name()).isFalse();
            assertThat(answer.body()).as(route.name()).doesNotContain(ZHANG_WEI, "张伟");
            checked.add(route.name());
        }
        assertThat(checked).hasSize(backend.routes().size() - 1);
        return checked;
    }

    @Test
    void aCertificateFromAnotherAuthorityEndsTheHandshake() {
        new TestKiosk(backend, KIOSK);
        KeyPair keys = KioskCredentials.newKeyPair();
        HttpClient forger = KioskCredentials.client(KioskCredentials.context(keys,
                KioskCredentials.selfMadeChain(keys, KIOSK), backend.authorityCertificate()));

        assertThatThrownBy(() -> forger.send(HttpRequest.newBuilder(URI.create(backend.baseUri() + "catalog/version"))
                .build(), HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }

    @Test
    void aKioskEnrolledWithItsCodeIsServedAndTheCodeCannotBeUsedAgain() throws Exception {
        String code = backend.issueEnrolmentCode(KIOSK).code();

        KioskCredentials enrolled = KioskCredentials.enrol(backend.baseUri(), backend.authorityCertificate(), KIOSK,
                code);
        HttpResponse<String> again = KioskCredentials.requestEnrolment(backend.baseUri(),
                backend.authorityCertificate(), KIOSK, code, KioskCredentials.csr(KioskCredentials.newKeyPair(), KIOSK));

        assertThat(KioskAuthority.kioskIdOf(enrolled.certificate())).contains(KIOSK);
        assertThat(enrolled.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(enrolled.certificate().getNotAfter().toInstant())
                .isEqualTo(clock.instant().plus(KioskAuthority.KIOSK_CERTIFICATE_VALIDITY).truncatedTo(
                        java.time.temporal.ChronoUnit.SECONDS));
        assertThat(enrolled.chain.get(1)).isEqualTo(backend.authorityCertificate());
        assertThat(call(enrolled, "GET", "catalog/version", null).statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(json(again).get("error").get("code").asText()).isEqualTo("ENROLMENT_CODE_INVALID");
        assertThat(json(again).get("error").get("retryable").asBoolean()).isFalse();
    }

    @Test
    void theCertificateNamesTheKioskWhateverTheRequestAsks() throws Exception {
        String code = backend.issueEnrolmentCode(KIOSK).code();
        KeyPair keys = KioskCredentials.newKeyPair();

        HttpResponse<String> answer = KioskCredentials.requestEnrolment(backend.baseUri(),
                backend.authorityCertificate(), KIOSK, code, KioskCredentials.csr(keys, OTHER_KIOSK + ",O=Operator"));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(KioskAuthority.kioskIdOf(KioskCredentials.chainIn(answer.body()).get(0))).contains(KIOSK);
    }

    @Test
    void aCodeForAnotherKioskOrPastItsDayIsRefused() throws Exception {
        String forOther = backend.issueEnrolmentCode(OTHER_KIOSK).code();
        String expiring = backend.issueEnrolmentCode(KIOSK).code();

        HttpResponse<String> wrongKiosk = enrolment(KIOSK, forOther);
        clock.advance(Duration.ofHours(25));
        HttpResponse<String> expired = enrolment(KIOSK, expiring);

        assertThat(List.of(wrongKiosk.statusCode(), expired.statusCode())).containsExactly(401, 401);
        assertThat(enrolment(OTHER_KIOSK, backend.issueEnrolmentCode(OTHER_KIOSK).code()).statusCode()).isEqualTo(201);
    }

    @Test
    void anUnusableSigningRequestIsRefusedWithoutUsingUpTheCode() throws Exception {
        String code = backend.issueEnrolmentCode(KIOSK).code();

        HttpResponse<String> garbage = KioskCredentials.requestEnrolment(backend.baseUri(),
                backend.authorityCertificate(), KIOSK, code, "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n"
                        + "-----END CERTIFICATE REQUEST-----\n");

        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(json(garbage).get("error").get("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(enrolment(KIOSK, code.toLowerCase(java.util.Locale.ROOT).replace("-", " ")).statusCode())
                .as("the same code, typed in lower case with spaces").isEqualTo(201);
    }

    @Test
    void wrongCodesFromOneAddressAreCutOffForAWhile() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(enrolment(KIOSK, "AAAA-BBBB-CCCC-DDD" + i).statusCode());
        }
        HttpResponse<String> throttled = enrolment(KIOSK, backend.issueEnrolmentCode(KIOSK).code());

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(throttled.statusCode()).as("even the right code waits").isEqualTo(429);
        assertThat(json(throttled).get("error").get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(json(throttled).get("error").get("retryable").asBoolean()).isFalse();
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 600));
        clock.advance(Duration.ofMinutes(10));
        assertThat(enrolment(KIOSK, backend.issueEnrolmentCode(KIOSK).code()).statusCode()).isEqualTo(201);
    }

    @Test
    void enrollingAgainWithANewCodeRevokesTheFirstCertificate() throws Exception {
        KioskCredentials first = KioskCredentials.enrol(backend, KIOSK);
        KioskCredentials second = KioskCredentials.enrol(backend, KIOSK);

        HttpResponse<String> withFirst = call(first, "GET", "catalog/version", null);

        assertThat(withFirst.statusCode()).isEqualTo(401);
        assertThat(json(withFirst).get("error").get("code").asText()).isEqualTo("KIOSK_CERTIFICATE_REVOKED");
        assertThat(call(second, "GET", "catalog/version", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRenewalBeforeExpiryWorksAndRevokesTheOldCertificateOnceTheNewOneIsUsed() throws Exception {
        KioskCredentials old = KioskCredentials.enrol(backend, KIOSK);
        clock.advance(Duration.ofDays(340));

        HttpResponse<String> renewed = call(old, "POST", "kiosks/" + KIOSK + "/certificate",
                renewal(old.keys), "Idempotency-Key", "renew-1");
        assertThat(renewed.statusCode()).isEqualTo(201);
        KioskCredentials fresh = old.withChain(KioskCredentials.chainIn(renewed.body()));
        assertThat(fresh.certificate().getNotAfter().toInstant()).isAfter(old.certificate().getNotAfter().toInstant());
        assertThat(call(old, "GET", "catalog/version", null).statusCode())
                .as("until the new certificate is used, the old one still works (a lost answer locks no kiosk out)")
                .isEqualTo(200);

        assertThat(call(fresh, "GET", "catalog/version", null).statusCode()).isEqualTo(200);
        HttpResponse<String> withOld = call(old, "GET", "catalog/version", null);
        assertThat(withOld.statusCode()).isEqualTo(401);
        assertThat(json(withOld).get("error").get("code").asText()).isEqualTo("KIOSK_CERTIFICATE_REVOKED");
        clock.advance(Duration.ofDays(60));
        assertThat(call(fresh, "GET", "catalog/version", null).statusCode())
                .as("past the old certificate's end").isEqualTo(200);
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        KioskCredentials kiosk = KioskCredentials.enrol(backend, KIOSK);
        clock.advance(KioskAuthority.KIOSK_CERTIFICATE_VALIDITY.plusMinutes(1));

        HttpResponse<String> expired = call(kiosk, "GET", "catalog/version", null);
        HttpResponse<String> renewal = call(kiosk, "POST", "kiosks/" + KIOSK + "/certificate", renewal(kiosk.keys),
                "Idempotency-Key", "renew-late");

        assertThat(List.of(expired.statusCode(), renewal.statusCode())).containsExactly(401, 401);
        assertThat(json(expired).get("error").get("code").asText()).isEqualTo("KIOSK_CERTIFICATE_EXPIRED");
    }

    @Test
    void aKioskRenewsOnlyItsOwnCertificate() throws Exception {
        KioskCredentials kiosk = KioskCredentials.enrol(backend, KIOSK);
        KioskCredentials other = KioskCredentials.enrol(backend, OTHER_KIOSK);

        HttpResponse<String> forOther = call(kiosk, "POST", "kiosks/" + OTHER_KIOSK + "/certificate",
                renewal(KioskCredentials.newKeyPair()), "Idempotency-Key", "renew-other");

        assertThat(forOther.statusCode()).isEqualTo(403);
        assertThat(json(forOther).get("error").get("code").asText()).isEqualTo("KIOSK_ID_MISMATCH");
        assertThat(call(other, "GET", "catalog/version", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theOperatorRevokesAKioskAndOnlyTheOperatorCan() throws Exception {
        KioskCredentials kiosk = KioskCredentials.enrol(backend, KIOSK);
        KioskCredentials other = KioskCredentials.enrol(backend, OTHER_KIOSK);

        HttpResponse<String> byAKiosk = revoke(other.client(), KIOSK, null);
        assertThat(byAKiosk.statusCode()).isEqualTo(401);
        assertThat(call(kiosk, "GET", "catalog/version", null).statusCode()).isEqualTo(200);

        HttpResponse<String> byTheOperator = revoke(KioskCredentials.stranger(backend.authorityCertificate()), KIOSK,
                backend.operatorToken());
        HttpResponse<String> afterwards = call(kiosk, "GET", "catalog/version", null);

        assertThat(byTheOperator.statusCode()).isEqualTo(200);
        assertThat(json(byTheOperator).get("revokedCertificates").asInt()).isEqualTo(1);
        assertThat(afterwards.statusCode()).isEqualTo(401);
        assertThat(json(afterwards).get("error").get("code").asText()).isEqualTo("KIOSK_CERTIFICATE_REVOKED");
        assertThat(call(other, "GET", "catalog/version", null).statusCode()).isEqualTo(200);
        assertThat(call(KioskCredentials.enrol(backend, KIOSK), "GET", "catalog/version", null).statusCode())
                .as("enrolled again with a new code").isEqualTo(200);
    }

    @Test
    void aKioskCannotEnrolASigningKeyForAnotherKioskNorFileInItsName() throws Exception {
        TestKiosk victim = new TestKiosk(backend, OTHER_KIOSK);
        TestKiosk forger = new TestKiosk(backend, KIOSK);
        assertThat(forger.enrol().statusCode()).isEqualTo(201);
        ObjectNode key = JSON.createObjectNode().put("keyId", "forged").put("algorithm", "Ed25519")
                .put("publicKey", Base64.getEncoder().encodeToString(forger.keys.getPublic().getEncoded()));

        HttpResponse<String> keyForVictim = forger.send("POST", "kiosks/" + OTHER_KIOSK + "/keys", bytes(key),
                "Idempotency-Key", "forged", "X-Kiosk-Id", KIOSK);
        HttpResponse<String> claimingToBeTheVictim = forger.http.send(forger.request("POST",
                        "kiosks/" + OTHER_KIOSK + "/keys", bytes(key), "Idempotency-Key", "forged")
                .setHeader("X-Kiosk-Id", OTHER_KIOSK).build(), HttpResponse.BodyHandlers.ofString());
        ObjectNode manifest = forger.manifest("sub-00000009", ZHANG_WEI, TestKiosk.twoFiles());
        manifest.put("kioskId", OTHER_KIOSK);
        HttpResponse<String> filingAsTheVictim = forger.create("sub-00000009", forger.envelope(manifest));

        assertThat(keyForVictim.statusCode()).isEqualTo(403);
        assertThat(json(keyForVictim).get("error").get("code").asText()).isEqualTo("KIOSK_ID_MISMATCH");
        assertThat(claimingToBeTheVictim.statusCode()).isEqualTo(403);
        assertThat(filingAsTheVictim.statusCode()).isEqualTo(400);
        assertThat(json(filingAsTheVictim).get("error").get("code").asText()).isEqualTo("INVALID_MANIFEST");
        assertThat(victim.enrol().statusCode()).as("the victim's own key enrols as before").isEqualTo(201);
        assertThat(victim.status("sub-00000009").statusCode()).isEqualTo(404);
    }

    @Test
    void everyCitizenDataCallIsServedToAnEnrolledKiosk() throws Exception {
        TestKiosk kiosk = new TestKiosk(backend, KIOSK);
        ObjectNode licence = JSON.createObjectNode().put("licenceType", "HOUSEHOLD_REGISTER").put("idNumber", ZHANG_WEI)
                .put("sessionRef", "session-1");
        licence.putObject("consent").put("granted", true).put("grantedAt", "2026-11-21T01:59:00Z");
        ObjectNode issue = JSON.createObjectNode().put("type", "HOUSEHOLD_REGISTRATION").put("idNumber", ZHANG_WEI)
                .put("sessionRef", "session-1");

        assertThat(kiosk.lookup(ZHANG_WEI).statusCode()).isEqualTo(200);
        assertThat(kiosk.send("POST", "licences:fetch", bytes(licence)).statusCode()).isEqualTo(200);
        assertThat(kiosk.send("POST", "certificates:issue", bytes(issue), "Idempotency-Key", "s1-hr").statusCode())
                .isEqualTo(201);
    }

    private HttpResponse<String> enrolment(String kioskId, String code) {
        return KioskCredentials.requestEnrolment(backend.baseUri(), backend.authorityCertificate(), kioskId, code,
                KioskCredentials.csr(KioskCredentials.newKeyPair(), kioskId));
    }

    private static byte[] renewal(KeyPair keys) {
        return bytes(JSON.createObjectNode().put("certificateSigningRequest", KioskCredentials.csr(keys, KIOSK)));
    }

    private HttpResponse<String> call(KioskCredentials kiosk, String method, String path, byte[] body,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.baseUri() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return kiosk.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> revoke(HttpClient client, String kioskId, String operatorToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + backend.port()
                + "/admin/kiosks/" + kioskId + ":revoke")).POST(HttpRequest.BodyPublishers.noBody());
        if (operatorToken != null) {
            request.header("Authorization", "Bearer " + operatorToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A well-formed call of {@code route}, as a caller who knows the contract would send it. */
    private HttpRequest sample(Route route, String... headers) {
        String path = route.template();
        for (Map.Entry<String, String> param : Map.of("{kioskId}", KIOSK, "{submissionId}", "sub-00000001",
                "{fileName}", "idcard.pdf", "{verificationCode}", "7K2M-Q9XD-40TB", "{noticeNumber}",
                "33010026120000000017", "{orderNo}", "SZ-0001-000001", "{refundNo}", "R-SZ-0001-000001", "{seq}", "0",
                "{date}", "2026-12-07").entrySet()) {
            path = path.replace(param.getKey(), param.getValue());
        }
        byte[] body = switch (route.payload()) {
            case JSON -> ("{\"idNumber\": \"" + ZHANG_WEI + "\"}").getBytes(StandardCharsets.UTF_8);
            case FILE, SEALED -> "%PDF-1.7 id card scan".getBytes(StandardCharsets.US_ASCII);
            case NONE -> null;
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + backend.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(route.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Idempotency-Key", "sub-00000001");
        if (route.payload() == Payload.JSON) {
            request.header("Content-Type", "application/json");
        } else if (route.payload() == Payload.SEALED) {
            request.header("Content-Type", org.onetrip.backend.sealing.SealedBody.MEDIA_TYPE);
        } else if (route.payload() == Payload.FILE) {
            request.header("Content-Type", org.onetrip.backend.sealing.SealedBody.MEDIA_TYPE)
                    .header("X-Content-SHA256", Digests.sha256Hex(body));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
