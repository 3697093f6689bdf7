package org.onetrip.kiosk.backend;

import org.onetrip.kiosk.backend.ApprovalContract.SealingKeySet;
import org.onetrip.kiosk.sealing.SealedBody;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.onetrip.kiosk.backend.ApprovalContract.Acceptance;
import org.onetrip.kiosk.backend.ApprovalContract.CatalogVersion;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRenewal;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateRequest;
import org.onetrip.kiosk.backend.ApprovalContract.CertificateStatus;
import org.onetrip.kiosk.backend.ApprovalContract.DataCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.Enrolment;
import org.onetrip.kiosk.backend.ApprovalContract.ErrorBody;
import org.onetrip.kiosk.backend.ApprovalContract.FileReceipt;
import org.onetrip.kiosk.backend.ApprovalContract.Filings;
import org.onetrip.kiosk.backend.ApprovalContract.Heartbeat;
import org.onetrip.kiosk.backend.ApprovalContract.HeartbeatAck;
import org.onetrip.kiosk.backend.ApprovalContract.IssuedCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.IssuerKey;
import org.onetrip.kiosk.backend.ApprovalContract.KioskCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.KioskKey;
import org.onetrip.kiosk.backend.ApprovalContract.Licence;
import org.onetrip.kiosk.backend.ApprovalContract.LicenceRequest;
import org.onetrip.kiosk.backend.ApprovalContract.PdfCertificate;
import org.onetrip.kiosk.backend.ApprovalContract.PrintFailure;
import org.onetrip.kiosk.backend.ApprovalContract.Rating;
import org.onetrip.kiosk.backend.ApprovalContract.RatingReceipt;
import org.onetrip.kiosk.backend.ApprovalContract.RemoteSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call of the approval backend contract, typed, over {@link HttpClient}. Each call has
 * the connection's time-out, carries {@code X-Kiosk-Id}, and every state-changing call an
 * {@code Idempotency-Key}. Nothing is thrown for what the network or the backend does: see
 * {@link CallOutcome}. Calls block the calling thread for at most the call time-out; never call
 * from a UI thread.
 *
 * <p>When the backend refuses the kiosk's credentials ({@link ContractError#refusesTheKiosk()}:
 * not enrolled, certificate revoked or expired), a call is {@link CallOutcome.Retryable}: the
 * request is good and succeeds once a technician has enrolled the kiosk again, so nothing queued
 * is given up. Only the enrolment and renewal calls report those refusals as refused.
 *
 * <p>Logs name the operation, the submission or certificate id and the status, never a request
 * or answer body (they carry ID numbers and names). Thread-safe.
 */
public final class ApprovalBackendClient {

    private static final Logger log = LoggerFactory.getLogger(ApprovalBackendClient.class);
    private static final String JSON = "application/json";

    private final BackendConnection connection;
    private final HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public ApprovalBackendClient(BackendConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.http = connection.httpClient();
    }

    public String kioskId() {
        return connection.kioskId();
    }

    /**
     * {@code POST /enrolments}: the kiosk's client certificate for its one-time code. Made without a
     * client certificate (the kiosk has none yet); a wrong, used or expired code is
     * {@link CallOutcome.Refused} with {@link ContractError#ENROLMENT_CODE_INVALID}.
     */
    public CallOutcome<KioskCertificate> enrol(Enrolment enrolment) {
        return call("enrol", "POST", "enrolments", json(enrolment), JSON, null, Map.of(), type(KioskCertificate.class),
                true);
    }

    /**
     * {@code POST /kiosks/{kioskId}/certificate}: a new certificate for the kiosk, made with its
     * current one. A revoked or expired current certificate is {@link CallOutcome.Refused}.
     *
     * @param idempotencyKey kept across retries of this renewal
     */
    public CallOutcome<KioskCertificate> renewCertificate(CertificateRenewal renewal, String idempotencyKey) {
        return call("renew-certificate", "POST", "kiosks/" + segment(connection.kioskId()) + "/certificate",
                json(renewal), JSON, idempotencyKey, Map.of(), type(KioskCertificate.class), true);
    }

    /** {@code POST /kiosks/{kioskId}/keys}: 201 enrolled, 200 already enrolled; both are {@link CallOutcome.Ok}. */
    public CallOutcome<KioskKey> enrolKey(KioskKey key) {
        String path = "kiosks/" + segment(connection.kioskId()) + "/keys";
        return call("enrol-key", "POST", path, json(key), JSON, key.keyId(), Map.of(), type(KioskKey.class));
    }

    /**
     * {@code PUT /submissions/{id}} with the signed manifest exactly as it was sealed when it was filed.
     *
     * @param signedManifest the {@code SignedManifest} JSON, sealed to the approval system's key
     */
    public CallOutcome<RemoteSubmission> createSubmission(String submissionId, SealedBody signedManifest) {
        return call("create-submission " + submissionId, "PUT", "submissions/" + segment(submissionId),
                signedManifest.bytes(), SealedBody.MEDIA_TYPE, submissionId,
                Map.of(SealedBody.KEY_HEADER, signedManifest.keyId()), type(RemoteSubmission.class));
    }

    /** {@code GET /sealing-keys}: the keys filings are sealed to. */
    public CallOutcome<SealingKeySet> sealingKeys() {
        return call("sealing-keys", "GET", "sealing-keys", null, null, null, Map.of(), type(SealingKeySet.class));
    }

    /** {@code GET /submissions/{id}}: what was received and what is missing. */
    public CallOutcome<RemoteSubmission> submission(String submissionId) {
        return call("get-submission " + submissionId, "GET", "submissions/" + segment(submissionId), null, null,
                null, Map.of(), type(RemoteSubmission.class));
    }

    /** {@code PUT /submissions/{id}/files/{fileName}}, sealed, with the sealed body's SHA-256 in both digest headers. */
    public CallOutcome<FileReceipt> uploadFile(String submissionId, String fileName, SealedBody content) {
        byte[] digest = sha256(content.bytes());
        Map<String, String> headers = Map.of(
                "X-Content-SHA256", HexFormat.of().formatHex(digest),
                "Digest", "SHA-256=" + Base64.getEncoder().encodeToString(digest),
                SealedBody.KEY_HEADER, content.keyId());
        return call("upload " + submissionId + "/" + fileName, "PUT",
                "submissions/" + segment(submissionId) + "/files/" + segment(fileName), content.bytes(),
                SealedBody.MEDIA_TYPE, submissionId, headers, type(FileReceipt.class));
    }

    /** {@code POST /submissions/{id}/commit}: the acceptance number; a retry answers the same one. */
    public CallOutcome<Acceptance> commit(String submissionId) {
        return call("commit " + submissionId, "POST", "submissions/" + segment(submissionId) + "/commit",
                new byte[0], JSON, submissionId, Map.of(), type(Acceptance.class));
    }

    /** {@code POST /applicants/filings:lookup}: the ID number travels in the body only. */
    public CallOutcome<Filings> lookupFilings(String idNumber) {
        return call("lookup-filings", "POST", "applicants/filings:lookup", json(Map.of("idNumber", idNumber)), JSON,
                null, Map.of(), type(Filings.class));
    }

    /** {@code POST /licences:fetch}: records the consent and answers the licence PDF. */
    public CallOutcome<Licence> fetchLicence(LicenceRequest request) {
        return call("fetch-licence " + request.licenceType(), "POST", "licences:fetch", json(request), JSON, null,
                Map.of(), type(Licence.class));
    }

    /**
     * {@code POST /certificates:issue}.
     *
     * @param idempotencyKey kept across retries of this issue, e.g. {@code <sessionRef>-<type>}
     */
    public CallOutcome<IssuedCertificate> issueCertificate(CertificateRequest request, String idempotencyKey) {
        CallOutcome<JsonNode> raw = call("issue-certificate " + request.type(), "POST", "certificates:issue",
                json(request), JSON, idempotencyKey, Map.of(), type(JsonNode.class));
        if (!(raw instanceof CallOutcome.Ok<JsonNode> ok)) {
            return retyped(raw);
        }
        String kind = ok.value().path("kind").asText("");
        Class<? extends IssuedCertificate> target = switch (kind) {
            case "data" -> DataCertificate.class;
            case "pdf" -> PdfCertificate.class;
            default -> null;
        };
        if (target == null) {
            return new CallOutcome.Retryable<>("issue-certificate answered an unknown kind '" + kind + "'");
        }
        try {
            return new CallOutcome.Ok<>(mapper.treeToValue(ok.value(), target));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new CallOutcome.Retryable<>("issue-certificate answer does not match the contract");
        }
    }

    /** {@code GET /certificates/issuer-key}. */
    public CallOutcome<IssuerKey> issuerKey() {
        return call("issuer-key", "GET", "certificates/issuer-key", null, null, null, Map.of(), type(IssuerKey.class));
    }

    /** {@code POST /certificates/{code}/printed}, with {@code <code>-printed} as the idempotency key. */
    public CallOutcome<CertificateStatus> certificatePrinted(String verificationCode) {
        return call("certificate-printed " + verificationCode, "POST",
                "certificates/" + segment(verificationCode) + "/printed", json(Map.of()), JSON,
                verificationCode + "-printed", Map.of(), type(CertificateStatus.class));
    }

    /** {@code POST /certificates/{code}/failed}, with {@code <code>-failed} as the idempotency key. */
    public CallOutcome<CertificateStatus> certificatePrintFailed(String verificationCode, PrintFailure failure) {
        return call("certificate-failed " + verificationCode, "POST",
                "certificates/" + segment(verificationCode) + "/failed", json(failure), JSON,
                verificationCode + "-failed", Map.of(), type(CertificateStatus.class));
    }

    /** {@code GET /catalog/version}. */
    public CallOutcome<CatalogVersion> catalogVersion() {
        return call("catalog-version", "GET", "catalog/version", null, null, null, Map.of(),
                type(CatalogVersion.class));
    }

    /** {@code POST /kiosks/{kioskId}/heartbeats}; {@code heartbeatId} is the idempotency key. */
    public CallOutcome<HeartbeatAck> heartbeat(Heartbeat heartbeat, String heartbeatId) {
        return call("heartbeat", "POST", "kiosks/" + segment(connection.kioskId()) + "/heartbeats", json(heartbeat),
                JSON, heartbeatId, Map.of(), type(HeartbeatAck.class));
    }

    /** {@code POST /ratings}; {@code ratingId} is the idempotency key. */
    public CallOutcome<RatingReceipt> rate(Rating rating, String ratingId) {
        return call("rating", "POST", "ratings", json(rating), JSON, ratingId, Map.of(), type(RatingReceipt.class));
    }

    private <T> CallOutcome<T> call(String operation, String method, String path, byte[] body, String contentType,
                                    String idempotencyKey, Map<String, String> extraHeaders, JavaType answer) {
        return call(operation, method, path, body, contentType, idempotencyKey, extraHeaders, answer, false);
    }

    /** @param aboutCredentials an enrolment or renewal, whose caller acts on a refusal of the kiosk's credentials */
    private <T> CallOutcome<T> call(String operation, String method, String path, byte[] body, String contentType,
                                    String idempotencyKey, Map<String, String> extraHeaders, JavaType answer,
                                    boolean aboutCredentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + path))
                .timeout(connection.callTimeout())
                .header("X-Kiosk-Id", connection.kioskId())
                .header("Accept", JSON)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        extraHeaders.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return retry(operation, "timed out after " + connection.callTimeout());
        } catch (ConnectException e) {
            return retry(operation, "cannot connect");
        } catch (IOException e) {
            return retry(operation, "connection lost (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry(operation, "interrupted");
        }
        return answer(operation, response, answer, aboutCredentials);
    }

    private <T> CallOutcome<T> answer(String operation, HttpResponse<byte[]> response, JavaType answer,
                                      boolean aboutCredentials) {
        int status = response.statusCode();
        String requestId = response.headers().firstValue("X-Request-Id").orElse("-");
        boolean json = response.headers().firstValue("Content-Type")
                .map(v -> v.toLowerCase(Locale.ROOT).startsWith(JSON)).orElse(false);
        if (status >= 200 && status < 300) {
            if (!json) {
                return retry(operation, status, "answered " + status + " without JSON (request " + requestId + ")");
            }
            try {
                T value = mapper.readValue(response.body(), answer);
                if (value == null) {
                    return retry(operation, status, "answered an empty body (request " + requestId + ")");
                }
                log.debug("{}: {} (request {})", operation, status, requestId);
                return new CallOutcome.Ok<>(value);
            } catch (IOException | IllegalArgumentException e) {
                return retry(operation, status, "answered " + status
                        + " with a body that does not match the contract (request " + requestId + ")");
            }
        }
        ErrorBody error = null;
        if (json) {
            try {
                error = mapper.readValue(response.body(), ErrorBody.class);
            } catch (IOException | IllegalArgumentException e) {
                error = null;
            }
        }
        if (error == null || error.error() == null || error.error().code() == null) {
            // an answer without the contract's error body came from something in between, not the approval system
            return retry(operation, status, "answered " + status + " without an error body (request " + requestId
                    + ")");
        }
        ApprovalContract.ErrorDetail detail = error.error();
        boolean retryable = detail.retryable() != null ? detail.retryable() : status >= 500;
        if (retryable) {
            return retry(operation, status, status + " " + detail.code() + " (request " + requestId + ")");
        }
        ContractError code = ContractError.fromWire(detail.code());
        if (code.refusesTheKiosk() && !aboutCredentials) {
            log.warn("{}: the backend refuses this kiosk's certificate ({}); a technician must enrol it again"
                    + " (./onetrip enrol --code CODE) (request {})", operation, detail.code(), requestId);
            return new CallOutcome.Retryable<>(status + " " + detail.code() + ": the kiosk must be enrolled again",
                    OptionalInt.of(status));
        }
        log.info("{}: refused {} {} (request {})", operation, status, detail.code(), requestId);
        return new CallOutcome.Refused<>(code, detail.code(),
                detail.message() == null ? "" : detail.message(), detail.details());
    }

    private <T> CallOutcome<T> retry(String operation, String reason) {
        log.info("{}: will retry, {}", operation, reason);
        return new CallOutcome.Retryable<>(reason);
    }

    private <T> CallOutcome<T> retry(String operation, int status, String reason) {
        log.info("{}: will retry, {}", operation, reason);
        return new CallOutcome.Retryable<>(reason, OptionalInt.of(status));
    }

    @SuppressWarnings("unchecked")
    private static <T> CallOutcome<T> retyped(CallOutcome<?> outcome) {
        return (CallOutcome<T>) outcome;
    }

    private JavaType type(Class<?> type) {
        return mapper.constructType(type);
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
