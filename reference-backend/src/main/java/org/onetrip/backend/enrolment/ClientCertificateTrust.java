package org.onetrip.backend.enrolment;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What the backend's TLS handshake accepts as a client certificate: one its {@link KioskAuthority}
 * signed, not a CA's, for client authentication. A certificate of any other issuer ends the
 * handshake. Whether the certificate is still the kiosk's (not revoked, not expired) is decided
 * per request by {@link CertificateAuthenticator} on the backend's clock, so that the kiosk gets a
 * contract answer ({@code 401}) it can act on. It never trusts a server.
 */
public final class ClientCertificateTrust extends X509ExtendedTrustManager {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final X509Certificate authority;

    public ClientCertificateTrust(X509Certificate authority) {
        this.authority = authority;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("no client certificate");
        }
        X509Certificate leaf = chain[0];
        if (!leaf.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
            throw new CertificateException("the client certificate is not issued by the kiosk authority");
        }
        try {
            leaf.verify(authority.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CertificateException("the client certificate is not signed by the kiosk authority", e);
        }
        if (leaf.getBasicConstraints() != -1) {
            throw new CertificateException("a CA certificate is not a kiosk's certificate");
        }
        if (!forClientAuthentication(leaf)) {
            throw new CertificateException("the client certificate is not for TLS client authentication");
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the backend trusts no servers");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {authority};
    }

    private static boolean forClientAuthentication(X509Certificate leaf) throws CertificateParsingException {
        List<String> purposes = leaf.getExtendedKeyUsage();
        return purposes != null && purposes.contains(CLIENT_AUTH);
    }
}
