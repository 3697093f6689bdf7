package org.onetrip.backend.http;

import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One decoded request as a handler sees it: the body was read in full and within its route's
 * limits before the handler runs.
 *
 * @param kioskId the calling kiosk: the one its client certificate names, or (test double) its
 *                {@code X-Kiosk-Id}; {@code null} on operator and enrolment calls
 * @param body    the body of a {@link Payload#JSON} or {@link Payload#NONE} route; empty for a file
 * @param upload  the body of a {@link Payload#FILE} route, streamed to disk
 * @param remoteAddress where the connection comes from
 */
public record ApiRequest(
        String requestId,
        String method,
        String path,
        Map<String, String> pathParams,
        RequestHeaders headers,
        String kioskId,
        byte[] body,
        Optional<Upload> upload,
        InetAddress remoteAddress,
        List<X509Certificate> peerCertificates) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** The first value of a header, or {@code null} when absent or blank. */
    public String header(String name) {
        String value = headers.first(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String idempotencyKey() {
        return header(ContractHeaders.IDEMPOTENCY_KEY);
    }
}
