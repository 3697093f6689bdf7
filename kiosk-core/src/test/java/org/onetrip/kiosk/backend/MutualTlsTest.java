package org.onetrip.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.KeyStoreSettings;
import org.onetrip.config.SecretSource;

/** The client over https with the kiosk's client certificate, against a server that demands one. */
class MutualTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static URI base;

    @BeforeAll
    static void startServer() throws Exception {
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", path("server.p12"));
        keytool("-genkeypair", "-alias", "kiosk", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=SZ-NS-0001", "-validity", "2", "-keystore", path("kiosk.p12"));
        for (String alias : List.of("server", "kiosk")) {
            String store = alias.equals("server") ? "server.p12" : "kiosk.p12";
            keytool("-exportcert", "-alias", alias, "-rfc", "-file", path(alias + ".pem"), "-keystore", path(store));
            keytool("-importcert", "-noprompt", "-alias", alias, "-file", path(alias + ".pem"), "-keystore",
                    path("trust.p12"));
        }
        Files.writeString(dir.resolve("password"), PASSWORD + "\n", StandardCharsets.UTF_8);

        SSLContext context = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load("server.p12"), PASSWORD.toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load("trust.p12"));
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                var ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                params.setSSLParameters(ssl);
            }
        });
        server.createContext("/api/v1/catalog/version", exchange -> {
            byte[] body = "{\"version\":\"2026.11.1\",\"publishedAt\":\"2026-11-01T00:00:00Z\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/");
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void withItsClientCertificateTheKioskIsServed() {
        BackendSettings settings = new BackendSettings(base, Optional.of(store("trust.p12")),
                Optional.of(store("kiosk.p12")), Duration.ofSeconds(5));

        CallOutcome<ApprovalContract.CatalogVersion> version = client(settings).catalogVersion();

        assertThat(version.orElseThrow().version()).isEqualTo("2026.11.1");
    }

    @Test
    void withoutAClientCertificateTheHandshakeFailsAndTheCallIsRetryable() {
        BackendSettings settings = new BackendSettings(base, Optional.of(store("trust.p12")), Optional.empty(),
                Duration.ofSeconds(5));

        assertThat(client(settings).catalogVersion()).isInstanceOf(CallOutcome.Retryable.class);
    }

    @Test
    void aStoreThatCannotBeReadIsNamedInTheErrorWithoutItsPassword() {
        BackendSettings settings = new BackendSettings(base, Optional.of(new KeyStoreSettings(dir.resolve("none.p12"),
                KeyStoreSettings.StoreType.PKCS12, new SecretSource.FromFile(dir.resolve("password")))),
                Optional.empty(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> BackendTls.context(settings)).isInstanceOf(BackendTls.BackendTlsException.class)
                .hasMessageContaining("none.p12").hasMessageNotContaining(PASSWORD);
    }

    private static ApprovalBackendClient client(BackendSettings settings) {
        return new ApprovalBackendClient(new BackendConnection(settings.url(), "SZ-NS-0001", Duration.ofSeconds(5),
                Duration.ofSeconds(5), Optional.of(BackendTls.context(settings))));
    }

    private static KeyStoreSettings store(String name) {
        return new KeyStoreSettings(dir.resolve(name), KeyStoreSettings.StoreType.PKCS12,
                new SecretSource.FromFile(dir.resolve("password")));
    }

    private static String path(String name) {
        return dir.resolve(name).toString();
    }

    private static KeyStore load(String name) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(dir.resolve(name).toFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
        }
    }
}
