package org.onetrip.backend.http;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What is known of a request before any of its body is read.
 *
 * @param requestId        the id the answer carries as {@code X-Request-Id}
 * @param rawPath          the path as sent, still percent-encoded
 * @param contentLength    the declared {@code Content-Length}, or -1 when the body is chunked or absent
 * @param hasBody          whether a body follows (a positive length, or chunked transfer)
 * @param remoteAddress    the address the connection comes from
 * @param peerCertificates the client certificate chain the TLS handshake verified, leaf first; empty
 *                         over plain HTTP or when the client presented none
 */
public record RequestHead(String requestId, String method, String rawPath, RequestHeaders headers,
                          long contentLength, boolean hasBody, InetAddress remoteAddress,
                          List<X509Certificate> peerCertificates) {

    public RequestHead {
        peerCertificates = List.copyOf(peerCertificates);
    }
}
