package org.onetrip.backend.certificate;

import java.util.Base64;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Reply;

/** {@code GET /certificates/issuer-key}: the public key that verifies issued PDFs. */
public final class IssuerKeyHandler implements Handler {

    private final CertificateDesk desk;

    public IssuerKeyHandler(CertificateDesk desk) {
        this.desk = desk;
    }

    /** Schema {@code IssuerKey}; {@code publicKey} is base64 of the X.509 SubjectPublicKeyInfo. */
    public record PublishedKey(String keyId, String algorithm, String publicKey) {
    }

    @Override
    public Reply handle(ApiRequest request) {
        return desk.json.reply(200, new PublishedKey(desk.issuerKey.keyId(), IssuerKey.ALGORITHM,
                Base64.getEncoder().encodeToString(desk.issuerKey.publicKey())));
    }
}
