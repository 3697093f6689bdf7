package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.http.RequestLimits;

/**
 * Clients that open a connection and never finish their request must not keep anyone else
 * waiting. The bound is generous for a busy two-core machine; the old server with eight
 * workers never answered at all while eight such connections were open.
 */
class SlowClientsTest {

    /** The figure is one second; this leaves room for a loaded CI machine. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

    @TempDir
    Path data;

    private final List<Socket> halfOpen = new ArrayList<>();
    private ReferenceBackend backend;
    private KioskCredentials slowKiosk;

    @AfterEach
    void stop() throws IOException {
        for (Socket socket : halfOpen) {
            socket.close();
        }
        if (backend != null) {
            backend.stop();
        }
    }

    @Test
    void aKioskIsAnsweredPromptlyWhileFiftyConnectionsHangHalfSent() throws Exception {
        backend = new ReferenceBackend();
        backend.start(0, data);
        TestKiosk kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
        for (int i = 0; i < 25; i++) {
            send("POST /api/v1/applicants/filings:lookup HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Kio");
            send("POST /api/v1/applicants/filings:lookup HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "X-Kiosk-Id: KIOSK-SLOW\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                    + "{\"idNumber\": \"1101");
        }

        long started = System.nanoTime();
        HttpResponse<String> version = kiosk.send("GET", "catalog/version", null);
        HttpResponse<String> filings = kiosk.lookup(ZHANG_WEI);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(filings.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(PROMPT);
    }

    @Test
    void aRequestWhoseBodyStopsHalfWayIsAnswered408AndClosedAfterTheIdleTimeout() throws Exception {
        backend = new ReferenceBackend(BackendOptions.defaults()
                .withLimits(RequestLimits.defaults().withIdleTimeout(Duration.ofMillis(500))));
        backend.start(0, data);
        Socket stalled = send("POST /api/v1/applicants/filings:lookup HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Kiosk-Id: KIOSK-SLOW\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n"
                + "{\"idNumber\": \"1101");
        stalled.setSoTimeout((int) Duration.ofSeconds(30).toMillis());

        String answer = new String(stalled.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(answer).startsWith("HTTP/1.1 408").contains("\"code\":\"REQUEST_TIMEOUT\"", "\"retryable\":false");
    }

    @Test
    void aConnectionWhoseHeadersStopHalfWayIsClosedAfterTheIdleTimeout() throws Exception {
        backend = new ReferenceBackend(BackendOptions.defaults()
                .withLimits(RequestLimits.defaults().withIdleTimeout(Duration.ofMillis(500))));
        backend.start(0, data);
        Socket stalled = send("GET /api/v1/catalog/version HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Kio");
        stalled.setSoTimeout((int) Duration.ofSeconds(30).toMillis());

        assertThat(readToEnd(stalled.getInputStream())).isGreaterThanOrEqualTo(0);
    }

    /** A kiosk's connection (its certificate shown in the handshake) that sends only the start of a request. */
    private Socket send(String partialRequest) throws IOException {
        if (slowKiosk == null) {
            slowKiosk = KioskCredentials.enrol(backend, "KIOSK-SLOW");
        }
        Socket socket = slowKiosk.sslContext().getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                backend.port());
        halfOpen.add(socket);
        OutputStream out = socket.getOutputStream();
        out.write(partialRequest.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Reads until the server closes the connection (a read time-out fails the test); the byte count read. */
    private static int readToEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }
}
