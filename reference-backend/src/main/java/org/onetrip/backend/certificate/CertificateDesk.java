package org.onetrip.backend.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.quota.CitizenDataGate;
import org.onetrip.backend.registry.CivilRegistry;
import org.onetrip.backend.registry.IdNumbers;
import org.onetrip.backend.registry.Resident;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.CertificateRecord;

/** What the certificate and licence handlers share. */
public final class CertificateDesk {

    private static final char[] CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    final BackendStore store;
    final Json json;
    final Clock clock;
    final ZoneId zone;
    final CivilRegistry registry;
    final CertificateContent content = new CertificateContent();
    final IssuerKey issuerKey;
    final Set<CertificateType> pdfTypes;
    final CitizenDataGate citizenData;
    private final SecureRandom random = new SecureRandom();

    public CertificateDesk(BackendStore store, Json json, Clock clock, ZoneId zone, CivilRegistry registry,
                           Set<CertificateType> pdfTypes, CitizenDataGate citizenData) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.registry = registry;
        this.issuerKey = new IssuerKey(store);
        this.pdfTypes = pdfTypes.isEmpty() ? Set.of() : EnumSet.copyOf(pdfTypes);
        this.citizenData = citizenData;
    }

    /** A resident by ID number: 400 when the number is malformed, 404 when nobody holds it. */
    Resident holder(String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "idNumber is not a valid 18-character resident ID number");
        }
        return registry.byIdNumber(idNumber).orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_HOLDER,
                "the approval system holds no records for ID number " + IdNumbers.mask(idNumber)));
    }

    /** Twelve characters of Crockford base32 in groups of four, e.g. {@code 7K2M-Q9XD-40TB}. */
    synchronized String newVerificationCode() {
        StringBuilder code = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The kiosk's own certificate; another kiosk's is reported as unknown. */
    CertificateRecord ownCertificate(String verificationCode, String kioskId) {
        return store.certificate(verificationCode)
                .filter(c -> c.kioskId().equals(kioskId))
                .orElseThrow(() -> new ApiException(ErrorCode.UNKNOWN_CERTIFICATE,
                        "no certificate " + verificationCode + " issued to kiosk " + kioskId));
    }
}
