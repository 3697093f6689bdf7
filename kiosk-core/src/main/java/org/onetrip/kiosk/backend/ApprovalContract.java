package org.onetrip.kiosk.backend;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The messages of {@code docs/api/approval-backend.yaml}, as the kiosk reads and writes them.
 * Field names are the JSON names; times travel as ISO-8601 text and each record offers them
 * typed. Members a newer backend adds are ignored.
 */
public final class ApprovalContract {

    private ApprovalContract() {
    }

    /**
     * {@code Enrolment}: the kiosk's one-time code and a signing request for its identity key.
     *
     * @param certificateSigningRequest PEM PKCS#10
     */
    public record Enrolment(String kioskId, String code, String certificateSigningRequest) {
        @Override
        public String toString() {
            return "Enrolment[" + kioskId + "]";
        }
    }

    /** {@code CertificateRenewal}: a new signing request for the identity key, before its certificate ends. */
    public record CertificateRenewal(String certificateSigningRequest) {
    }

    /**
     * {@code KioskCertificate}: the kiosk's client certificate, from an enrolment or a renewal.
     *
     * @param certificateChain PEM, the kiosk's certificate first, then the kiosk authority's
     */
    public record KioskCertificate(String kioskId, String certificateChain, String notAfter) {
        public Instant validUntil() {
            return Instant.parse(notAfter);
        }
    }

    /** {@code KioskKey}: the manifest-signing key to enrol. */
    public record KioskKey(String keyId, String algorithm, String publicKey, String enrolledAt) {
    }

    /** {@code Submission}: what the backend holds of a submission, to resume an upload. */
    public record RemoteSubmission(String submissionId, String kioskId, String state, String manifestSha256,
                                   String createdAt, List<String> expectedFiles, List<ReceivedFile> receivedFiles,
                                   List<String> missingFiles, String acceptanceNumber, String promisedDate,
                                   String rejectionReason) {
        public RemoteSubmission {
            expectedFiles = expectedFiles == null ? List.of() : List.copyOf(expectedFiles);
            receivedFiles = receivedFiles == null ? List.of() : List.copyOf(receivedFiles);
            missingFiles = missingFiles == null ? List.of() : List.copyOf(missingFiles);
        }

        public boolean committed() {
            return "COMMITTED".equals(state);
        }

        public boolean rejected() {
            return "REJECTED".equals(state);
        }
    }

    /** {@code ReceivedFile}. */
    public record ReceivedFile(String fileName, String sha256, long size, String receivedAt) {
    }

    /** {@code FileReceipt}: one uploaded file, and what is still missing. */
    public record FileReceipt(String submissionId, String fileName, String sha256, long size, String receivedAt,
                              List<String> missingFiles) {
        public FileReceipt {
            missingFiles = missingFiles == null ? List.of() : List.copyOf(missingFiles);
        }
    }

    /** {@code Acceptance}: the answer to a commit. */
    public record Acceptance(String submissionId, String acceptanceNumber, String state, String promisedDate,
                             String committedAt) {
        public LocalDate promised() {
            return LocalDate.parse(promisedDate);
        }

        public Instant committed() {
            return Instant.parse(committedAt);
        }
    }

    /** {@code Filing}: one of an applicant's filings and its review state. */
    public record Filing(String acceptanceNumber, String trackingNumber, String submissionId, List<String> matterCodes,
                         String bundleCode,
                         String state, String stateReason, String promisedDate, String committedAt,
                         String updatedAt) {
        public Filing {
            matterCodes = matterCodes == null ? List.of() : List.copyOf(matterCodes);
        }
    }

    /** {@code Filings}. */
    public record Filings(List<Filing> filings) {
        public Filings {
            filings = filings == null ? List.of() : List.copyOf(filings);
        }
    }

    /** {@code LicenceRequest}: {@code consent.granted} must be true for the backend to answer. */
    public record LicenceRequest(String licenceType, String idNumber, String sessionRef, Consent consent) {
        @Override
        public String toString() {
            return "LicenceRequest[" + licenceType + ", session " + sessionRef + "]";
        }
    }

    /** {@code Consent}. */
    public record Consent(boolean granted, String grantedAt) {
    }

    /** {@code Licence}: an electronic licence as a PDF. */
    public record Licence(String licenceType, String title, String licenceNumber, String holderName, String issuedBy,
                          int pageCount, String pdfBase64, String pdfSha256, String consentRecordedAt) {
        @Override
        public String toString() {
            return "Licence[" + licenceType + ", " + pageCount + " page(s)]";
        }
    }

    /** {@code CertificateRequest}. */
    public record CertificateRequest(String type, String idNumber, String kioskId, String sessionRef) {
        @Override
        public String toString() {
            return "CertificateRequest[" + type + ", session " + sessionRef + "]";
        }
    }

    /** The answer to an issue: the kiosk lays out a {@link DataCertificate}, prints a {@link PdfCertificate} as it is. */
    public sealed interface IssuedCertificate permits DataCertificate, PdfCertificate {
        String verificationCode();

        String type();
    }

    /** {@code DataCertificate}. */
    public record DataCertificate(String kind, String verificationCode, String type, String title, String issuer,
                                  String issuedAt, String validUntil, List<CertificateField> fields,
                                  List<CertificateColumn> columns, List<Map<String, String>> rows,
                                  List<String> notes) implements IssuedCertificate {
        public DataCertificate {
            fields = fields == null ? List.of() : List.copyOf(fields);
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of() : List.copyOf(rows);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        @Override
        public String toString() {
            return "DataCertificate[" + type + ", " + verificationCode + ", " + rows.size() + " row(s)]";
        }
    }

    /** {@code PdfCertificate}. */
    public record PdfCertificate(String kind, String verificationCode, String type, String title, String issuedAt,
                                 String validUntil, int pageCount, String pdfBase64, String pdfSha256,
                                 DetachedSignature signature) implements IssuedCertificate {
        @Override
        public String toString() {
            return "PdfCertificate[" + type + ", " + verificationCode + ", " + pageCount + " page(s)]";
        }
    }

    /** {@code CertificateField}. */
    public record CertificateField(String key, String label, String value) {
    }

    /** {@code CertificateColumn}. */
    public record CertificateColumn(String key, String label) {
    }

    /** {@code DetachedSignature}. */
    public record DetachedSignature(String algorithm, String keyId, String value) {
    }

    /** {@code IssuerKey}: verifies issued PDFs. */
    public record IssuerKey(String keyId, String algorithm, String publicKey) {
    }

    /** {@code CertificateStatus}. */
    public record CertificateStatus(String verificationCode, String type, String state, String issuedAt,
                                    String printedAt, String failureReason) {
    }

    /** {@code PrintFailure}: a reason such as {@code PAPER_JAM}, at most 200 characters. */
    public record PrintFailure(String reason) {
    }

    /** {@code CatalogVersion}. */
    public record CatalogVersion(String version, String publishedAt) {
    }

    /** {@code SealingKeys}: the JWK Set filings are sealed to, the current key first. */
    public record SealingKeySet(List<Jwk> keys) {
    }

    /** {@code SealingKey}: an RFC 8037 X25519 JWK whose {@code kid} is its RFC 7638 thumbprint. */
    public record Jwk(String kty, String crv, String x, String kid, String use, String alg) {
    }

    /** {@code Heartbeat}; {@code journal} is null from a kiosk that keeps no audit journal. */
    public record Heartbeat(String sentAt, boolean inService, List<DeviceReport> devices, Map<String, Long> counters,
            JournalReport journal) {
        public Heartbeat {
            devices = devices == null ? List.of() : List.copyOf(devices);
            counters = counters == null ? Map.of() : Map.copyOf(counters);
        }
    }

    /**
     * {@code JournalReport}: the head of the kiosk's audit journal and what checking it found.
     *
     * @param problem  when not intact, how it breaks: a {@code ChainVerdict.Problem} name
     * @param brokenAt when not intact, the first entry where it breaks
     * @param atAnchor the kiosk's entry at the number of the head the backend last answered it holds; null when
     *                 the backend has not answered one yet or the kiosk no longer has that entry
     */
    public record JournalReport(long sequence, String hash, boolean intact, String problem, Long brokenAt,
            JournalPoint atAnchor) {
    }

    /** {@code JournalPoint}: one entry of a journal, by its number and seal. */
    public record JournalPoint(long sequence, String hash) {
    }

    /** {@code DeviceReport}: state is one of ONLINE, OFFLINE, BUSY, DEGRADED, HARDWARE_ERROR, POWER_OFF. */
    public record DeviceReport(String device, String state, List<String> reasons, Map<String, Long> counters) {
        public DeviceReport {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            counters = counters == null ? Map.of() : Map.copyOf(counters);
        }
    }

    /**
     * {@code HeartbeatAck}; {@code journal} is null when the beat carried no journal, {@code unlock} is the
     * operator's remote unlock waiting for this kiosk, delivered once, or null.
     */
    public record HeartbeatAck(String receivedAt, String nextHeartbeatIn, JournalAnchor journal, RemoteUnlock unlock) {
        public HeartbeatAck(String receivedAt, String nextHeartbeatIn) {
            this(receivedAt, nextHeartbeatIn, null, null);
        }
    }

    /**
     * {@code JournalAnchor}: the head the backend holds for the kiosk's journal (the furthest it was told), and what
     * it found in this beat's report: {@code CONSISTENT}, {@code BEHIND_ANCHOR} (the head went backwards),
     * {@code REWRITTEN} (an entry differs from one it holds) or {@code BROKEN_ON_KIOSK} (the kiosk reports it broken).
     */
    public record JournalAnchor(long sequence, String hash, String state) {
    }

    /**
     * {@code RemoteUnlock}: the operator lifted the technician PIN lockout
     * ({@code POST /admin/kiosks/{kioskId}:unlock}).
     *
     * @param unlockId the backend's id of the unlock, for the journal
     * @param issuedAt when the operator asked, ISO-8601
     */
    public record RemoteUnlock(String unlockId, String issuedAt) {
    }

    /** {@code Rating}: exactly one of submissionId and sessionRef; score 1..5. */
    public record Rating(String submissionId, String sessionRef, int score, List<String> reasonCodes, String comment) {
    }

    /** {@code RatingReceipt}. */
    public record RatingReceipt(long ratingId, String receivedAt) {
    }

    /** {@code ErrorBody}. */
    record ErrorBody(ErrorDetail error) {
    }

    /** {@code Error}. */
    record ErrorDetail(String code, String message, Boolean retryable, String requestId, JsonNode details) {
    }
}
