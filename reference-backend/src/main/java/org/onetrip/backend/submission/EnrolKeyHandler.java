package org.onetrip.backend.submission;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.KioskKey;

/**
 * {@code POST /kiosks/{kioskId}/keys}: enrols a kiosk's manifest-signing public key. Only the
 * kiosk itself may: the path must name the kiosk of the caller's client certificate (else {@code
 * 403 KIOSK_ID_MISMATCH}). The reference backend trusts the first enrolment of each key id of
 * that kiosk; enrolling the same key again answers 200, a different key under an enrolled id is a 409.
 */
public final class EnrolKeyHandler implements Handler {

    private final SubmissionDesk desk;

    public EnrolKeyHandler(SubmissionDesk desk) {
        this.desk = desk;
    }

    /**
     * Body and answer (schema {@code KioskKey}).
     *
     * @param publicKey base64 of the X.509 SubjectPublicKeyInfo (DER)
     */
    public record KeyEnrolment(String keyId, String algorithm, String publicKey, String enrolledAt) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        String kioskId = request.pathParam("kioskId");
        if (!kioskId.equals(request.kioskId())) {
            throw new ApiException(ErrorCode.KIOSK_ID_MISMATCH, "a kiosk enrols only its own keys: the path must"
                    + " name the kiosk of the client certificate");
        }
        KeyEnrolment body = desk.json.read(request.body(), KeyEnrolment.class);
        if (body.keyId() == null || !body.keyId().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "keyId must be 1..64 letters, digits, '.', '-' or '_'");
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromWire(body.algorithm())
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST,
                        "algorithm must be Ed25519 or SHA256withECDSA"));
        byte[] encoded = decodeKey(algorithm, body.publicKey());
        synchronized (desk) {
            var existing = desk.store.key(kioskId, body.keyId());
            if (existing.isPresent()) {
                KioskKey known = existing.get();
                if (!known.algorithm().equals(algorithm.wireName()) || !Arrays.equals(known.publicKey(), encoded)) {
                    throw new ApiException(ErrorCode.KEY_CONFLICT,
                            "key " + body.keyId() + " of kiosk " + kioskId + " is already enrolled with another value");
                }
                return desk.json.reply(200, view(known));
            }
            KioskKey key = new KioskKey(kioskId, body.keyId(), algorithm.wireName(), encoded, desk.clock.instant());
            desk.store.insertKey(key);
            return desk.json.reply(201, view(key));
        }
    }

    private static KeyEnrolment view(KioskKey key) {
        return new KeyEnrolment(key.keyId(), key.algorithm(), Base64.getEncoder().encodeToString(key.publicKey()),
                key.enrolledAt().toString());
    }

    private static byte[] decodeKey(SignatureAlgorithm algorithm, String base64) {
        try {
            byte[] encoded = Base64.getDecoder().decode(base64 == null ? "" : base64);
            PublicKey key = ManifestVerifier.publicKey(algorithm, encoded);
            if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "an ECDSA key must be on the P-256 curve");
            }
            return encoded;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "publicKey must be base64 of an X.509 SubjectPublicKeyInfo for " + algorithm.wireName());
        }
    }
}
