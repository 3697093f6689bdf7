package org.onetrip.kiosk.issuance;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.IssuerKey;
import org.onetrip.kiosk.backend.ApprovalContract.PdfCertificate;
import org.onetrip.kiosk.backend.CallOutcome;

/**
 * Checks that a PDF is the one the approval system signed: its SHA-256 is the declared one and
 * its Ed25519 signature verifies with the issuer key ({@code GET /certificates/issuer-key},
 * fetched once and again when a signature names another key id). Thread-safe.
 */
final class IssuerSignature {

    enum Verdict {
        VALID,
        /** The bytes are not what the approval system signed. */
        INVALID,
        /** The issuer key could not be fetched now. */
        KEY_UNAVAILABLE
    }

    private static final String ALGORITHM = "Ed25519";

    private final ApprovalBackendClient backend;
    private IssuerKey key;

    IssuerSignature(ApprovalBackendClient backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    Verdict verify(PdfCertificate certificate, byte[] pdf) {
        if (certificate.signature() == null || certificate.pdfSha256() == null
                || !ALGORITHM.equals(certificate.signature().algorithm())) {
            return Verdict.INVALID;
        }
        if (!HexFormat.of().formatHex(sha256(pdf)).equalsIgnoreCase(certificate.pdfSha256())) {
            return Verdict.INVALID;
        }
        Optional<IssuerKey> issuer = keyFor(certificate.signature().keyId());
        if (issuer.isEmpty()) {
            return Verdict.KEY_UNAVAILABLE;
        }
        if (!issuer.get().keyId().equals(certificate.signature().keyId())) {
            return Verdict.INVALID;
        }
        try {
            PublicKey publicKey = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(issuer.get().publicKey())));
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(pdf);
            return verifier.verify(Base64.getDecoder().decode(certificate.signature().value()))
                    ? Verdict.VALID : Verdict.INVALID;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Verdict.INVALID;
        }
    }

    private synchronized Optional<IssuerKey> keyFor(String keyId) {
        if (key == null || !key.keyId().equals(keyId)) {
            CallOutcome<IssuerKey> fetched = backend.issuerKey();
            if (fetched instanceof CallOutcome.Ok<IssuerKey> ok) {
                key = ok.value();
            } else if (key == null) {
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
