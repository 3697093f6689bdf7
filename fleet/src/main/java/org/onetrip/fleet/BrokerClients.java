package org.onetrip.fleet;

import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.Provider;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManagerFactory;

import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;

/**
 * Builds HiveMQ MQTT 5 clients for a broker address and a login. A plain ({@code mqtt://})
 * address is refused unless the broker is on loopback: kiosks reach a real broker over TLS only.
 */
public final class BrokerClients {

    private final BrokerAddress broker;
    private final BrokerLogin login;

    public BrokerClients(BrokerAddress broker, BrokerLogin login) {
        this.broker = broker;
        this.login = login;
        if (!broker.tls() && !broker.onLoopback()) {
            throw new IllegalArgumentException("a plain mqtt:// broker is for development on this machine only;"
                    + " use mqtts:// for " + broker.host());
        }
        if (login instanceof BrokerLogin.Identity && !broker.tls()) {
            throw new IllegalArgumentException("the kiosk's identity is presented over TLS only: use mqtts://");
        }
    }

    public BrokerAddress broker() {
        return broker;
    }

    /**
     * A client that reconnects by itself (0.5 s, doubling to 30 s).
     *
     * @param identifier the client identifier (a kiosk's is its topic path, unique in the fleet)
     * @param will       the message the broker publishes when the connection drops, if any
     * @param connected  told each time the connection is (re)established, on the client's thread
     */
    public Mqtt5AsyncClient client(String identifier, Optional<Mqtt5Publish> will, Runnable connected) {
        Mqtt5ClientBuilder builder = Mqtt5Client.builder()
                .identifier(identifier)
                .serverHost(broker.host())
                .serverPort(broker.port())
                .automaticReconnect()
                .initialDelay(500, TimeUnit.MILLISECONDS)
                .maxDelay(30, TimeUnit.SECONDS)
                .applyAutomaticReconnect()
                .addConnectedListener(context -> connected.run());
        if (broker.tls()) {
            builder = builder.sslConfig(ssl());
        }
        if (login instanceof BrokerLogin.Password password) {
            builder = builder.simpleAuth().username(password.user())
                    .password(password.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        }
        if (will.isPresent()) {
            builder = builder.willPublish(will.get().asWill());
        }
        return builder.buildAsync();
    }

    /** Publishes a message and waits for the broker's acknowledgement (QoS 1), at most {@code timeout}. */
    public static void publishAndWait(Mqtt5AsyncClient client, Mqtt5Publish message, Duration timeout)
            throws Exception {
        client.publish(message).get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .getError().ifPresent(error -> {
                    throw new IllegalStateException("the broker did not take " + message.getTopic() + ": " + error);
                });
    }

    /** A QoS 1 message. */
    public static Mqtt5Publish message(String topic, byte[] payload, boolean retain, Consumer<com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishBuilder.Complete> more) {
        var builder = Mqtt5Publish.builder().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).retain(retain)
                .contentType("application/json");
        more.accept(builder);
        return builder.build();
    }

    private MqttClientSslConfig ssl() {
        try {
            MqttClientSslConfigBuilder ssl = MqttClientSslConfig.builder().protocols(java.util.List.of("TLSv1.3", "TLSv1.2"));
            if (login instanceof BrokerLogin.Identity identity) {
                ssl = ssl.keyManagerFactory(new PresentedKey(identity.keys()));
                if (identity.trust().isPresent()) {
                    ssl = ssl.trustManagerFactory(trusting(identity.trust().get()));
                }
            }
            return ssl.build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up TLS to " + broker + ": " + e.getMessage(), e);
        }
    }

    /** A trust manager factory over the broker's certificate authority. */
    public static TrustManagerFactory trusting(KeyStore trust) throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        return factory;
    }

    /**
     * The kiosk's key manager (its identity key, in a file or the TPM, with its certificate chain)
     * as the key manager factory Netty's TLS asks for.
     */
    static final class PresentedKey extends KeyManagerFactory {
        PresentedKey(KeyManager keys) {
            super(new KeyManagerFactorySpi() {
                @Override
                protected void engineInit(KeyStore ks, char[] password) {
                }

                @Override
                protected void engineInit(ManagerFactoryParameters spec) {
                }

                @Override
                protected KeyManager[] engineGetKeyManagers() {
                    return new KeyManager[] {keys};
                }
            }, new Provider("OneTripKioskIdentity", "1", "the kiosk's enrolled identity") {
                private static final long serialVersionUID = 1L;
            }, "kiosk-identity");
        }
    }
}
