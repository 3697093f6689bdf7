package org.onetrip.kiosk.backend;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;

/**
 * Where and how the kiosk reaches the approval backend.
 *
 * @param baseUrl        the contract's base, ending with {@code /}, e.g. {@code https://approval.example/api/v1/}
 * @param kioskId        sent as {@code X-Kiosk-Id} on every call
 * @param connectTimeout longest wait to open a connection
 * @param callTimeout    longest wait for one whole call, request sent to answer read
 * @param tls            the TLS context for https (trusted CAs, and the client certificate for mutual TLS);
 *                       empty for the JDK's defaults
 */
public record BackendConnection(URI baseUrl, String kioskId, Duration connectTimeout, Duration callTimeout,
                                Optional<SSLContext> tls) {

    public BackendConnection {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(tls, "tls");
        if (!baseUrl.toString().endsWith("/")) {
            throw new IllegalArgumentException("the backend base URL must end with '/', got " + baseUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(callTimeout, "callTimeout");
    }

    /**
     * From the kiosk's configuration, without an enrolled identity; https material is loaded by
     * {@link BackendTls}.
     */
    public static BackendConnection from(KioskSettings settings) {
        return from(settings, Optional.empty());
    }

    /**
     * From the kiosk's configuration. The kiosk presents its enrolled identity when it has one (the
     * identity key with the certificate chain it enrolled with), else the configured
     * {@code clientKeyStore}, else no client certificate; it trusts {@code backend.trustStore}.
     */
    public static BackendConnection from(KioskSettings settings, Optional<KioskIdentityKey> identity) {
        BackendSettings backend = settings.backend();
        Optional<KioskIdentityKey> enrolled = identity.filter(key -> key.certificateChain().isPresent());
        Optional<SSLContext> tls;
        if (enrolled.isPresent()) {
            tls = Optional.of(BackendTls.context(backend, enrolled.get()));
        } else if (backend.trustStore().isPresent() || backend.clientKeyStore().isPresent()) {
            tls = Optional.of(BackendTls.context(backend));
        } else {
            tls = Optional.empty();
        }
        return new BackendConnection(backend.url(), settings.identity().id(), backend.connectTimeout(),
                settings.timeouts().backendCall(), tls);
    }


    /** Plain HTTP or default TLS, e.g. for the reference backend on loopback. */
    public static BackendConnection plain(URI baseUrl, String kioskId, Duration callTimeout) {
        return new BackendConnection(baseUrl, kioskId, BackendSettings.DEFAULT_CONNECT_TIMEOUT, callTimeout,
                Optional.empty());
    }

    /**
     * An HTTP client for this connection: HTTP/1.1, its connect time-out, no redirects followed,
     * and the kiosk's client certificate where it has one.
     */
    public HttpClient httpClient() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        tls.ifPresent(builder::sslContext);
        return builder.build();
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
