package org.onetrip.backend.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.registry.Resident;
import org.onetrip.backend.store.Digests;

/**
 * {@code POST /licences:fetch}: with the citizen's recorded consent, returns an electronic
 * licence or record as a PDF to use as a material instead of a scan.
 */
public final class FetchLicenceHandler implements Handler {

    /** Which test identity holds which electronic licences. */
    private static final Map<String, Set<LicenceType>> HELD = Map.of(
            "zhang-wei", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER,
                    LicenceType.MARRIAGE_CERTIFICATE, LicenceType.DRIVING_LICENCE),
            "li-xiuying", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER),
            "wang-fang", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER,
                    LicenceType.BUSINESS_LICENCE),
            "ouyang-mingyuan", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER,
                    LicenceType.DRIVING_LICENCE),
            "chen-jing", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER),
            "liu-yan", EnumSet.of(LicenceType.RESIDENT_ID_CARD, LicenceType.HOUSEHOLD_REGISTER,
                    LicenceType.MARRIAGE_CERTIFICATE));

    private final CertificateDesk desk;

    public FetchLicenceHandler(CertificateDesk desk) {
        this.desk = desk;
    }

    /** Body of the call (schema {@code LicenceRequest}). */
    public record LicenceRequest(String licenceType, String idNumber, String sessionRef, Consent consent) {
    }

    /** The citizen's consent, given on the kiosk screen (schema {@code Consent}). */
    public record Consent(Boolean granted, String grantedAt) {
    }

    /** The answer (schema {@code Licence}). */
    public record Licence(String licenceType, String title, String licenceNumber, String holderName,
                          String issuedBy, int pageCount, String pdfBase64, String pdfSha256,
                          String consentRecordedAt) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        LicenceRequest body = desk.json.read(request.body(), LicenceRequest.class);
        LicenceType type = Arrays.stream(LicenceType.values())
                .filter(t -> t.name().equals(body.licenceType()))
                .findFirst()
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                        "licenceType must be one of " + Arrays.toString(LicenceType.values())));
        if (body.sessionRef() == null || !body.sessionRef().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "sessionRef must be 1..64 letters, digits, '-' or '_'");
        }
        if (body.consent() == null || !Boolean.TRUE.equals(body.consent().granted())) {
            throw new ApiException(ErrorCode.CONSENT_REQUIRED,
                    "the citizen's consent (consent.granted = true) is required to use an electronic licence");
        }
        Instant grantedAt = parseInstant(body.consent().grantedAt());
        desk.citizenData.admit("fetch-licence", request, body.idNumber());
        Resident holder = desk.holder(body.idNumber());
        if (!HELD.getOrDefault(holder.key(), Set.of()).contains(type)) {
            throw new ApiException(ErrorCode.NOT_HELD,
                    "no electronic " + type.name() + " is held for ID number " + holder.maskedIdNumber());
        }
        Instant now = desk.clock.instant();
        desk.store.recordConsent(request.kioskId(), body.sessionRef(), Digests.applicantKey(holder.idNumber()),
                type.name(), grantedAt, now);
        String number = licenceNumber(type, holder);
        List<SimplePdf.Line> lines = List.of(
                SimplePdf.Line.title(type.title() + "（电子证照）"),
                SimplePdf.Line.body("证照编号：" + number),
                SimplePdf.Line.body("持证人：" + holder.name()),
                SimplePdf.Line.body("公民身份号码：" + holder.idNumber()),
                SimplePdf.Line.body("住址：" + holder.address()),
                SimplePdf.Line.body("发证机关：" + holder.issuingAuthority()),
                SimplePdf.Line.body("调取日期：" + LocalDate.ofInstant(now, desk.zone)));
        SimplePdf.Document pdf = SimplePdf.render(type.title(), lines, "电子证照 " + number, now);
        return desk.json.reply(200, new Licence(type.name(), type.title(), number, holder.name(),
                holder.issuingAuthority(), pdf.pageCount(), Base64.getEncoder().encodeToString(pdf.bytes()),
                Digests.sha256Hex(pdf.bytes()), now.toString()));
    }

    private static String licenceNumber(LicenceType type, Resident holder) {
        String digest = Digests.sha256Hex((type + holder.idNumber()).getBytes(StandardCharsets.UTF_8));
        return type.name().substring(0, 2) + digest.substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static Instant parseInstant(String value) {
        try {
            return Instant.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "consent.grantedAt must be an ISO-8601 instant");
        }
    }
}
