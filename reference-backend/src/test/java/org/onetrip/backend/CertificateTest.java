package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.JSON;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.bytes;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.certificate.CertificateType;
import org.onetrip.backend.store.Digests;

class CertificateTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
    private ReferenceBackend backend;
    private TestKiosk kiosk;

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock)
                .withPdfCertificateTypes(Set.of(CertificateType.NO_CRIMINAL_RECORD)));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void aContributionRecordComesAsDataWithYearsOfMonthlyRows() throws Exception {
        HttpResponse<String> issued = issue("SOCIAL_INSURANCE_RECORD", ZHANG_WEI, "session-1");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode cert = json(issued);
        assertThat(cert.get("kind").asText()).isEqualTo("data");
        assertThat(cert.get("verificationCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(cert.get("fields")).anySatisfy(f -> assertThat(f.get("value").asText()).isEqualTo("张伟"));
        assertThat(cert.get("columns")).extracting(c -> c.get("key").asText()).contains("period", "base");
        JsonNode rows = cert.get("rows");
        assertThat(rows).hasSize(120);
        assertThat(rows.get(rows.size() - 1).get("period").asText()).isEqualTo("2026-10");
        assertThat(rows.get(0).get("period").asText()).isEqualTo("2016-11");
    }

    @Test
    void householdRegistrationShowsTheRareCharacterName() throws Exception {
        JsonNode cert = json(issue("HOUSEHOLD_REGISTRATION", "440103196609300155", "session-1"));

        assertThat(cert.get("kind").asText()).isEqualTo("data");
        assertThat(cert.get("fields")).anySatisfy(f -> assertThat(f.get("value").asText()).isEqualTo("刘\u4DAE"));
        assertThat(cert.get("rows")).isEmpty();
    }

    @Test
    void aConfiguredTypeComesAsASignedPdfThatParses() throws Exception {
        JsonNode cert = json(issue("NO_CRIMINAL_RECORD", ZHANG_WEI, "session-1"));

        assertThat(cert.get("kind").asText()).isEqualTo("pdf");
        byte[] pdf = Base64.getDecoder().decode(cert.get("pdfBase64").asText());
        assertThat(Digests.sha256Hex(pdf)).isEqualTo(cert.get("pdfSha256").asText());
        assertThat(PdfStructure.parse(pdf).pageCount()).isEqualTo(cert.get("pageCount").asInt()).isEqualTo(1);

        JsonNode issuer = json(kiosk.send("GET", "certificates/issuer-key", null));
        assertThat(cert.get("signature").get("keyId").asText()).isEqualTo(issuer.get("keyId").asText());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(issuer.get("publicKey").asText()))));
        verifier.update(pdf);
        assertThat(verifier.verify(Base64.getDecoder().decode(cert.get("signature").get("value").asText()))).isTrue();
    }

    @Test
    void aLongRecordAsPdfRunsOverSeveralPages() throws Exception {
        backend.stop();
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock)
                .withPdfCertificateTypes(Set.of(CertificateType.SOCIAL_INSURANCE_RECORD)));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");

        JsonNode cert = json(issue("SOCIAL_INSURANCE_RECORD", ZHANG_WEI, "session-1"));

        byte[] pdf = Base64.getDecoder().decode(cert.get("pdfBase64").asText());
        assertThat(PdfStructure.parse(pdf).pageCount()).isEqualTo(cert.get("pageCount").asInt()).isGreaterThan(2);
    }

    @Test
    void printedIsRecordedOnceAndRepeatingItChangesNothing() throws Exception {
        String code = json(issue("HOUSEHOLD_REGISTRATION", ZHANG_WEI, "session-1")).get("verificationCode").asText();

        HttpResponse<String> first = printed(code);
        clock.advance(Duration.ofMinutes(3));
        HttpResponse<String> second = printed(code);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json(first).get("state").asText()).isEqualTo("PRINTED");
        assertThat(json(first).get("printedAt").asText()).isEqualTo("2026-11-21T02:00:00Z");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("printedAt").asText()).isEqualTo("2026-11-21T02:00:00Z");
        HttpResponse<String> failedAfterPrinted = failed(code);
        assertThat(failedAfterPrinted.statusCode()).isEqualTo(409);
        assertThat(json(failedAfterPrinted).get("error").get("code").asText()).isEqualTo("CERTIFICATE_STATE_CONFLICT");
    }

    @Test
    void aFailedPrintCanBeReprinted() throws Exception {
        String code = json(issue("HOUSEHOLD_REGISTRATION", ZHANG_WEI, "session-1")).get("verificationCode").asText();

        assertThat(json(failed(code)).get("state").asText()).isEqualTo("PRINT_FAILED");
        assertThat(json(failed(code)).get("failureReason").asText()).isEqualTo("PAPER_JAM");
        assertThat(json(printed(code)).get("state").asText()).isEqualTo("PRINTED");
    }

    @Test
    void anUnknownVerificationCodeIsNotFound() throws Exception {
        HttpResponse<String> response = printed("0000-0000-0000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("UNKNOWN_CERTIFICATE");
    }

    @Test
    void aRetriedIssueAnswersTheSameCertificate() throws Exception {
        String first = json(issue("HOUSEHOLD_REGISTRATION", ZHANG_WEI, "session-1")).get("verificationCode").asText();
        String again = json(issue("HOUSEHOLD_REGISTRATION", ZHANG_WEI, "session-1")).get("verificationCode").asText();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsAConflict() throws Exception {
        issue("HOUSEHOLD_REGISTRATION", ZHANG_WEI, "session-1");
        ObjectNode other = JSON.createObjectNode().put("type", "SOCIAL_INSURANCE_RECORD").put("idNumber", ZHANG_WEI)
                .put("kioskId", kiosk.kioskId).put("sessionRef", "session-1");

        HttpResponse<String> response = kiosk.send("POST", "certificates:issue", bytes(other),
                "Idempotency-Key", "session-1-HOUSEHOLD_REGISTRATION");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void anUnknownHolderGetsA404WithoutTheFullIdNumber() throws Exception {
        HttpResponse<String> response = issue("HOUSEHOLD_REGISTRATION", "110101199003076632", "session-1");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("UNKNOWN_HOLDER");
        assertThat(error.get("message").asText()).doesNotContain("110101199003076632").contains("110101********6632");
    }

    @Test
    void anUnknownTypeIsABadRequest() throws Exception {
        HttpResponse<String> response = issue("BIRTH_CERTIFICATE", ZHANG_WEI, "session-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("message").asText()).contains("NO_CRIMINAL_RECORD");
    }

    @Test
    void aHeldLicenceIsFetchedAsAPdfWithConsent() throws Exception {
        HttpResponse<String> response = fetchLicence("MARRIAGE_CERTIFICATE", ZHANG_WEI, true);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode licence = json(response);
        byte[] pdf = Base64.getDecoder().decode(licence.get("pdfBase64").asText());
        assertThat(PdfStructure.parse(pdf).pageCount()).isEqualTo(1);
        assertThat(licence.get("licenceNumber").asText()).startsWith("MA");
        assertThat(licence.get("consentRecordedAt").asText()).isEqualTo("2026-11-21T02:00:00Z");
    }

    @Test
    void aLicenceWithoutConsentIsRefused() throws Exception {
        HttpResponse<String> response = fetchLicence("MARRIAGE_CERTIFICATE", ZHANG_WEI, false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("CONSENT_REQUIRED");
    }

    @Test
    void aLicenceTheHolderDoesNotHoldIsNotFound() throws Exception {
        HttpResponse<String> response = fetchLicence("BUSINESS_LICENCE", ZHANG_WEI, true);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("NOT_HELD");
    }

    private HttpResponse<String> issue(String type, String idNumber, String sessionRef) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("type", type).put("idNumber", idNumber)
                .put("kioskId", kiosk.kioskId).put("sessionRef", sessionRef);
        return kiosk.send("POST", "certificates:issue", bytes(body), "Idempotency-Key", sessionRef + "-" + type);
    }

    private HttpResponse<String> printed(String code) throws Exception {
        return kiosk.send("POST", "certificates/" + code + "/printed", bytes(JSON.createObjectNode()),
                "Idempotency-Key", code + "-printed");
    }

    private HttpResponse<String> failed(String code) throws Exception {
        return kiosk.send("POST", "certificates/" + code + "/failed",
                bytes(JSON.createObjectNode().put("reason", "PAPER_JAM")), "Idempotency-Key", code + "-failed");
    }

    private HttpResponse<String> fetchLicence(String type, String idNumber, boolean consent) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("licenceType", type).put("idNumber", idNumber)
                .put("sessionRef", "session-1");
        body.putObject("consent").put("granted", consent).put("grantedAt", "2026-11-21T01:59:00Z");
        return kiosk.send("POST", "licences:fetch", bytes(body));
    }
}
