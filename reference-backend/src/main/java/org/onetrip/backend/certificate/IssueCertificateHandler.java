package org.onetrip.backend.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.registry.Resident;
import org.onetrip.backend.store.CertificateRecord;
import org.onetrip.backend.store.CertificateState;
import org.onetrip.backend.store.Digests;

/**
 * {@code POST /certificates:issue}: issues a certificate for the holder, as data or, for the
 * configured types, as a signed PDF. Replayed per Idempotency-Key, so a retry never issues twice.
 */
public final class IssueCertificateHandler implements Handler {

    private final CertificateDesk desk;

    public IssueCertificateHandler(CertificateDesk desk) {
        this.desk = desk;
    }

    /** Body of the call (schema {@code CertificateRequest}). */
    public record IssueRequest(String type, String idNumber, String kioskId, String sessionRef) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        IssueRequest body = desk.json.read(request.body(), IssueRequest.class);
        CertificateType type = Arrays.stream(CertificateType.values())
                .filter(t -> t.name().equals(body.type()))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                        "type must be one of " + Arrays.toString(CertificateType.values())));
        if (body.kioskId() != null && !body.kioskId().equals(request.kioskId())) {
            throw new ApiException(ErrorCode.KIOSK_ID_MISMATCH, "kioskId must name the calling kiosk");
        }
        if (body.sessionRef() == null || !body.sessionRef().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "sessionRef must be 1..64 letters, digits, '-' or '_'");
        }
        desk.citizenData.admit("issue-certificate", request, body.idNumber());
        Resident holder = desk.holder(body.idNumber());
        Instant now = desk.clock.instant();
        LocalDate today = now.atZone(desk.zone).toLocalDate();
        CertificateDocument doc = desk.content.of(type, holder, today);
        String code = desk.newVerificationCode();
        IssuedCertificate issued;
        if (desk.pdfTypes.contains(type)) {
            SimplePdf.Document pdf = SimplePdf.render(doc.title(), CertificateContent.lines(doc, code),
                    "验证码 " + code, now);
            issued = new IssuedCertificate.Pdf("pdf", code, type.name(), doc.title(), now.toString(), doc.validUntil(),
                    pdf.pageCount(), Base64.getEncoder().encodeToString(pdf.bytes()), Digests.sha256Hex(pdf.bytes()),
                    new IssuedCertificate.DetachedSignature(IssuerKey.ALGORITHM, desk.issuerKey.keyId(),
                            Base64.getEncoder().encodeToString(desk.issuerKey.sign(pdf.bytes()))));
        } else {
            issued = new IssuedCertificate.Data("data", code, type.name(), doc.title(), doc.issuer(), now.toString(),
                    doc.validUntil(), doc.fields(), doc.columns(), doc.rows(), doc.notes());
        }
        desk.store.insertCertificate(new CertificateRecord(code, type.name(), issued.kind(), request.kioskId(), now,
                CertificateState.ISSUED, null, null), Digests.applicantKey(holder.idNumber()), body.sessionRef());
        return desk.json.reply(201, issued);
    }
}
