package org.onetrip.fleet;

import java.security.KeyStore;
import java.util.Objects;
import java.util.Optional;

import javax.net.ssl.X509KeyManager;

/**
 * How a client proves who it is to the broker: with the kiosk's enrolled identity over TLS in
 * production; with a user name and password, or as nobody, only in development.
 */
public sealed interface BrokerLogin {

    /** No credentials: a local development broker that allows anonymous clients. */
    record Anonymous() implements BrokerLogin {
    }

    /** A user name and password (development brokers; over TLS when the address says mqtts). */
    record Password(String user, String password) implements BrokerLogin {
        public Password {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Password[user=" + user + "]";
        }
    }

    /**
     * The kiosk's identity key and client certificate (ADR 0005, 0006), and the broker's
     * certificate authority (empty: the JDK's trusted authorities).
     */
    record Identity(X509KeyManager keys, Optional<KeyStore> trust) implements BrokerLogin {
        public Identity {
            Objects.requireNonNull(keys, "keys");
            Objects.requireNonNull(trust, "trust");
        }
    }
}
