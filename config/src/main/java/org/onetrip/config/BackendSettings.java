package org.onetrip.config;

import java.util.List;
import java.util.regex.Pattern;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The approval backend the kiosk submits to.
 *
 * @param url            base URL, {@code http} or {@code https}, ending with {@code /}
 * @param trustStore     CAs to trust for https instead of the JDK's defaults
 * @param clientKeyStore client certificate and key for mutual TLS
 * @param connectTimeout longest wait to open a connection
 * @param sealingKeys    the ids (RFC 7638 thumbprints) of the approval system's sealing keys filings may be
 *                       sealed to; the backend publishes its keys, and a key not listed here is never used
 * @param setAside       when a filing that keeps failing is set aside, so the filings behind it go on
 */
public record BackendSettings(URI url, Optional<KeyStoreSettings> trustStore, Optional<KeyStoreSettings> clientKeyStore,
                              Duration connectTimeout, List<String> sealingKeys, SetAsideSettings setAside) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** What a sealing key id looks like: 32 bytes of SHA-256 in base64url without padding. */
    public static final Pattern SEALING_KEY_ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** Settings that pin no sealing key: the kiosk takes no filing until one is pinned. */
    public BackendSettings(URI url, Optional<KeyStoreSettings> trustStore, Optional<KeyStoreSettings> clientKeyStore,
                           Duration connectTimeout) {
        this(url, trustStore, clientKeyStore, connectTimeout, List.of());
    }

    /** Settings that set filings aside by {@link SetAsideSettings#DEFAULT}. */
    public BackendSettings(URI url, Optional<KeyStoreSettings> trustStore, Optional<KeyStoreSettings> clientKeyStore,
                           Duration connectTimeout, List<String> sealingKeys) {
        this(url, trustStore, clientKeyStore, connectTimeout, sealingKeys, SetAsideSettings.DEFAULT);
    }

    public BackendSettings {
        Objects.requireNonNull(setAside, "setAside");
        sealingKeys = List.copyOf(sealingKeys);
        for (String id : sealingKeys) {
            if (!SEALING_KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a sealing key id is 43 base64url characters, got " + id);
            }
        }
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(clientKeyStore, "clientKeyStore");
        Timeouts.requirePositive(connectTimeout, "connectTimeout");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("backend url must be http or https, got " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("backend url needs a host, got " + url);
        }
        if (!url.getPath().endsWith("/")) {
            throw new IllegalArgumentException("backend url must end with '/', got " + url);
        }
    }

    /** The same backend, trusting these sealing keys instead. */
    public BackendSettings withSealingKeys(List<String> ids) {
        return new BackendSettings(url, trustStore, clientKeyStore, connectTimeout, ids, setAside);
    }

    /** The same backend, setting filings aside by {@code rule}. */
    public BackendSettings withSetAside(SetAsideSettings rule) {
        return new BackendSettings(url, trustStore, clientKeyStore, connectTimeout, sealingKeys, rule);
    }

    /**
     * A backend reached over https that is trusted by the certificates in a PEM file, e.g. the
     * reference backend's {@code kiosk-ca.pem}; default time-outs, no client key store (the kiosk
     * presents its enrolled identity).
     */
    public static BackendSettings trusting(URI url, Path pemCertificates) {
        return new BackendSettings(url, Optional.of(KeyStoreSettings.pem(pemCertificates)), Optional.empty(),
                DEFAULT_CONNECT_TIMEOUT);
    }

    /** A plain backend with default time-outs and the JDK's trusted CAs. */
    public static BackendSettings at(URI url) {
        return new BackendSettings(url, Optional.empty(), Optional.empty(), DEFAULT_CONNECT_TIMEOUT);
    }
}
