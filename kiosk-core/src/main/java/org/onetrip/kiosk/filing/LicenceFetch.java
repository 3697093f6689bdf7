package org.onetrip.kiosk.filing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Consent;
import org.onetrip.kiosk.backend.ApprovalContract.Licence;
import org.onetrip.kiosk.backend.ApprovalContract.LicenceRequest;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.backend.ContractError;
import org.onetrip.kiosk.material.FetchedLicence;
import org.onetrip.kiosk.submission.ScannedMaterial;

/**
 * Fetches an electronic licence to use as a material, once the citizen has consented on the screen.
 * The consent is sent with the request, and the backend records it. Blocks on the network: call it
 * off the screen's thread.
 */
public final class LicenceFetch {

    private final ApprovalBackendClient client;
    private final Clock clock;

    public LicenceFetch(ApprovalBackendClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param visitRef names the citizen's visit: the approval system records one consent per visit and licence type */
    public LicenceOutcome fetch(String licenceType, String idNumber, String visitRef) {
        CallOutcome<Licence> answer = client.fetchLicence(new LicenceRequest(licenceType, idNumber, visitRef,
                new Consent(true, clock.instant().toString())));
        if (answer instanceof CallOutcome.Refused<Licence> refused) {
            return refused.code() == ContractError.NOT_HELD || refused.code() == ContractError.UNKNOWN_HOLDER
                    ? new LicenceOutcome.NotHeld()
                    : new LicenceOutcome.Unavailable("refused: " + refused.wireCode());
        }
        if (answer instanceof CallOutcome.Retryable<Licence> retry) {
            return new LicenceOutcome.Unavailable(retry.reason());
        }
        Licence licence = answer.orElseThrow();
        byte[] pdf;
        try {
            pdf = Base64.getDecoder().decode(licence.pdfBase64());
        } catch (IllegalArgumentException e) {
            return new LicenceOutcome.Unavailable("the licence was not valid base64");
        }
        if (pdf.length > ScannedMaterial.MAX_BYTES) {
            return new LicenceOutcome.Unavailable("the licence is larger than one filing file may be");
        }
        if (!sha256(pdf).equalsIgnoreCase(licence.pdfSha256()) || licence.pageCount() < 1) {
            return new LicenceOutcome.Unavailable("the licence arrived damaged (digest or page count)");
        }
        return new LicenceOutcome.Fetched(new FetchedLicence(licence.title(), licence.pageCount(), pdf));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
