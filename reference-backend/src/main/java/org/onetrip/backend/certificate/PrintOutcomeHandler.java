package org.onetrip.backend.certificate;

import java.time.Instant;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.CertificateRecord;
import org.onetrip.backend.store.CertificateState;

/**
 * {@code POST /certificates/{verificationCode}/printed} and {@code .../failed}: what became of
 * the printing. Recording the same outcome twice changes nothing; a failed print may later be
 * printed (a reprint), a printed certificate cannot be reported failed.
 */
public final class PrintOutcomeHandler implements Handler {

    private final CertificateDesk desk;
    private final CertificateState outcome;

    public PrintOutcomeHandler(CertificateDesk desk, CertificateState outcome) {
        if (outcome == CertificateState.ISSUED) {
            throw new IllegalArgumentException("a print outcome is PRINTED or PRINT_FAILED");
        }
        this.desk = desk;
        this.outcome = outcome;
    }

    /** Body of a failure report (schema {@code PrintFailure}). */
    public record Failure(String reason) {
    }

    /** The answer (schema {@code CertificateStatus}). */
    public record CertificateStatus(String verificationCode, String type, String state, String issuedAt,
                                    String printedAt, String failureReason) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String code = request.pathParam("verificationCode");
        String reason = null;
        if (outcome == CertificateState.PRINT_FAILED) {
            reason = desk.json.read(request.body(), Failure.class).reason();
            if (reason == null || reason.isBlank() || reason.length() > 200) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "reason is required, at most 200 characters");
            }
        }
        synchronized (desk) {
            CertificateRecord c = desk.ownCertificate(code, request.kioskId());
            if (c.state() != outcome) {
                if (c.state() == CertificateState.PRINTED) {
                    throw new ApiException(ErrorCode.CERTIFICATE_STATE_CONFLICT,
                            "certificate " + code + " was already recorded as printed");
                }
                Instant printedAt = outcome == CertificateState.PRINTED ? desk.clock.instant() : null;
                desk.store.markCertificate(code, outcome, printedAt, reason);
                c = desk.ownCertificate(code, request.kioskId());
            }
            return desk.json.reply(200, new CertificateStatus(c.verificationCode(), c.type(), c.state().name(),
                    c.issuedAt().toString(), c.printedAt() == null ? null : c.printedAt().toString(),
                    c.failureReason()));
        }
    }
}
