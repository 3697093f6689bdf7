package org.onetrip.kiosk.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.KeyStoreSettings;
import org.onetrip.config.SecretSource;
import org.onetrip.kiosk.keys.KioskIdentityKey;

/**
 * Builds the TLS context for the backend: its own trusted CAs and, for mutual TLS, the kiosk's
 * client certificate: the enrolled identity key's ({@link #context(BackendSettings, KioskIdentityKey)})
 * or a configured client key store's.
 */
public final class BackendTls {

    private BackendTls() {
    }

    /**
     * Trusts {@code backend.trustStore} (the JDK's CAs without one) and presents the configured
     * {@code clientKeyStore}, if any.
     *
     * @throws BackendTlsException naming the store that could not be read, without its password
     */
    public static SSLContext context(BackendSettings settings) {
        try {
            KeyManager[] keys = null;
            Optional<KeyStoreSettings> client = settings.clientKeyStore();
            if (client.isPresent()) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(client.get()), password(client.get()));
                keys = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trustManagers(settings), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new BackendTlsException("cannot set up TLS for the approval backend: " + e.getMessage(), e);
        }
    }

    /**
     * Trusts {@code backend.trustStore} and presents the kiosk's enrolled identity: its key (in the
     * TPM or a file) with the certificate chain it enrolled with.
     *
     * @throws BackendTlsException   when the trust store cannot be read
     * @throws IllegalStateException when the identity has no certificate yet (the kiosk is not enrolled)
     */
    public static SSLContext context(BackendSettings settings, KioskIdentityKey identity) {
        return identity.sslContext(trustStore(settings).orElse(null));
    }

    /** Trusts {@code backend.trustStore}, presenting no certificate: for the enrolment call. */
    public static SSLContext serverTrustOnly(BackendSettings settings) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers(settings), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new BackendTlsException("cannot set up TLS for the approval backend: " + e.getMessage(), e);
        }
    }

    /** The configured trust store, loaded; empty for the JDK's CAs. */
    public static Optional<KeyStore> trustStore(BackendSettings settings) {
        return settings.trustStore().map(BackendTls::load);
    }

    private static TrustManager[] trustManagers(BackendSettings settings) throws GeneralSecurityException {
        Optional<KeyStore> trusted = trustStore(settings);
        if (trusted.isEmpty()) {
            return null;
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted.get());
        return factory.getTrustManagers();
    }

    private static KeyStore load(KeyStoreSettings store) {
        try (InputStream in = Files.newInputStream(store.path())) {
            if (store.type() == KeyStoreSettings.StoreType.PEM) {
                return pemCertificates(in, store);
            }
            KeyStore keyStore = KeyStore.getInstance(store.type().configName());
            keyStore.load(in, password(store));
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new BackendTlsException("cannot read the " + store.type().configName() + " store " + store.path()
                    + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore pemCertificates(InputStream in, KeyStoreSettings store)
            throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        if (certificates.isEmpty()) {
            throw new BackendTlsException("the PEM store " + store.path() + " holds no certificate");
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        int n = 0;
        for (Certificate certificate : certificates) {
            keyStore.setCertificateEntry("trusted-" + n++, certificate);
        }
        return keyStore;
    }

    private static char[] password(KeyStoreSettings store) {
        SecretSource source = store.password().orElseThrow(() -> new BackendTlsException(
                "the " + store.type().configName() + " store " + store.path() + " needs a password"));
        if (source instanceof SecretSource.FromEnvironment env) {
            String value = System.getenv(env.variable());
            if (value == null) {
                throw new BackendTlsException("the environment variable " + env.variable()
                        + " holding a store password is not set");
            }
            return value.toCharArray();
        }
        SecretSource.FromFile file = (SecretSource.FromFile) source;
        try {
            String text = Files.readString(file.file(), StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("").toCharArray();
        } catch (IOException e) {
            throw new BackendTlsException("cannot read the store password file " + file.file(), e);
        }
    }

    /** The TLS material named in the configuration cannot be used. */
    public static final class BackendTlsException extends RuntimeException {
        public BackendTlsException(String message, Throwable cause) {
            super(message, cause);
        }

        public BackendTlsException(String message) {
            super(message);
        }
    }
}
