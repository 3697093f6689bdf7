package org.onetrip.kiosk.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.KeyStoreSettings;
import org.onetrip.config.SecretSource;

/** Builds the TLS context for the backend: its own trusted CAs and, for mutual TLS, the kiosk's client certificate. */
public final class BackendTls {

    private BackendTls() {
    }

    /**
     * @throws BackendTlsException naming the store that could not be read, without its password
     */
    public static SSLContext context(BackendSettings settings) {
        try {
            TrustManager[] trust = null;
            if (settings.trustStore().isPresent()) {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(load(settings.trustStore().get()));
                trust = factory.getTrustManagers();
            }
            KeyManager[] keys = null;
            Optional<KeyStoreSettings> client = settings.clientKeyStore();
            if (client.isPresent()) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(client.get()), password(client.get().password()));
                keys = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new BackendTlsException("cannot set up TLS for the approval backend: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(KeyStoreSettings store) {
        try (InputStream in = Files.newInputStream(store.path())) {
            KeyStore keyStore = KeyStore.getInstance(store.type().configName());
            keyStore.load(in, password(store.password()));
            return keyStore;
        } catch (IOException | GeneralSecurityException e) {
            throw new BackendTlsException("cannot read the " + store.type().configName() + " store " + store.path()
                    + ": " + e.getMessage(), e);
        }
    }

    private static char[] password(SecretSource source) {
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
