package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backend as the anchor of kiosks' audit journals: the heads each kiosk (by its client certificate) reports
 * are held, and a head that goes backwards or an entry that differs from one held is found, answered to the
 * kiosk and shown to the operator.
 */
class JournalAnchorTest {

    private static final String H5 = "5".repeat(64);
    private static final String H9 = "9".repeat(64);
    private static final String FORGED = "f".repeat(64);

    @TempDir
    Path data;

    private ReferenceBackend backend;
    private TestKiosk kiosk;
    private final AtomicInteger beats = new AtomicInteger();

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults()
                .withClock(new MutableClock(Instant.parse("2026-11-21T02:00:00Z"))));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void aJournalThatGoesOnIsConsistentAndTheAnswerIsTheHeadHeld() throws Exception {
        JsonNode first = beat(kiosk, journal(5, H5, ""));
        JsonNode second = beat(kiosk, journal(9, H9, ",\"atAnchor\": {\"sequence\": 5, \"hash\": \"" + H5 + "\"}"));

        assertThat(first.get("journal").get("sequence").asLong()).isEqualTo(5);
        assertThat(second.get("journal").get("sequence").asLong()).isEqualTo(9);
        assertThat(second.get("journal").get("hash").asText()).isEqualTo(H9);
        assertThat(second.get("journal").get("state").asText()).isEqualTo("CONSISTENT");
    }

    @Test
    void aHeadThatGoesBackwardsIsBehindTheAnchorAndTheAnchorStays() throws Exception {
        beat(kiosk, journal(9, H9, ""));

        JsonNode answer = beat(kiosk, journal(5, H5, "")).get("journal");

        assertThat(answer.get("state").asText()).isEqualTo("BEHIND_ANCHOR");
        assertThat(answer.get("sequence").asLong()).isEqualTo(9);
        assertThat(answer.get("hash").asText()).isEqualTo(H9);
    }

    @Test
    void anEntryThatDiffersFromTheOneHeldIsRewritten() throws Exception {
        beat(kiosk, journal(5, H5, ""));

        assertThat(beat(kiosk, journal(5, FORGED, "")).get("journal").get("state").asText()).isEqualTo("REWRITTEN");
        assertThat(beat(kiosk, journal(9, H9, ",\"atAnchor\": {\"sequence\": 5, \"hash\": \"" + FORGED + "\"}"))
                .get("journal").get("state").asText()).isEqualTo("REWRITTEN");
    }

    @Test
    void aKioskThatFindsItsOwnJournalBrokenIsShownSoToTheOperator() throws Exception {
        beat(kiosk, journal(5, H5, ""));
        JsonNode answer = beat(kiosk, "{\"sequence\": 7, \"hash\": \"" + H9 + "\", \"intact\": false,"
                + " \"problem\": \"ALTERED\", \"brokenAt\": 3}").get("journal");

        assertThat(answer.get("state").asText()).isEqualTo("BROKEN_ON_KIOSK");
        JsonNode shown = operatorView().get("kiosks").get(0);
        assertThat(shown.get("kioskId").asText()).isEqualTo("KIOSK-BJ-0001");
        assertThat(shown.get("state").asText()).isEqualTo("BROKEN_ON_KIOSK");
        assertThat(shown.get("anchor").get("sequence").asLong()).isEqualTo(7);
        assertThat(shown.get("headsHeld").asLong()).isEqualTo(2);
        assertThat(shown.get("lastReport").get("problem").asText()).isEqualTo("ALTERED");
        assertThat(shown.get("findings").get(0).get("detail").asText()).contains("entry 3").contains("ALTERED");
    }

    @Test
    void eachKioskIsAnchoredByItsOwnCertificate() throws Exception {
        TestKiosk other = new TestKiosk(backend, "KIOSK-SH-0002");
        beat(kiosk, journal(9, H9, ""));

        assertThat(beat(other, journal(5, H5, "")).get("journal").get("state").asText()).isEqualTo("CONSISTENT");
        HttpResponse<String> posing = other.send("POST", "kiosks/KIOSK-BJ-0001/heartbeats",
                heartbeat(journal(1, H5, "")).getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "hb-posing");
        assertThat(posing.statusCode()).isEqualTo(403);
        assertThat(operatorView().get("kiosks")).hasSize(2);
        assertThat(operatorView().get("kiosks").get(0).get("anchor").get("sequence").asLong()).isEqualTo(9);
    }

    @Test
    void aMalformedJournalIsRefusedAndNothingIsHeld() throws Exception {
        HttpResponse<String> response = send(kiosk, heartbeat("{\"sequence\": 5, \"hash\": \"not hex\", \"intact\": true}"));
        HttpResponse<String> unexplained = send(kiosk, heartbeat("{\"sequence\": 5, \"hash\": \"" + H5 + "\", \"intact\": false}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(unexplained.statusCode()).isEqualTo(400);
        assertThat(json(unexplained).get("error").get("message").asText()).contains("brokenAt").contains("TRUNCATED");
        assertThat(operatorView().get("kiosks")).isEmpty();
    }

    @Test
    void aBeatWithoutAJournalIsAnsweredWithoutOne() throws Exception {
        HttpResponse<String> response = send(kiosk, """
                {"sentAt": "2026-11-21T02:00:00Z", "inService": true, "devices": []}""");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).has("journal")).isFalse();
    }

    @Test
    void theOperatorViewNeedsTheToken() throws Exception {
        assertThat(admin(null).statusCode()).isEqualTo(401);
        assertThat(admin(backend.operatorToken()).statusCode()).isEqualTo(200);
    }

    private static String journal(long sequence, String hash, String more) {
        return "{\"sequence\": " + sequence + ", \"hash\": \"" + hash + "\", \"intact\": true" + more + "}";
    }

    private static String heartbeat(String journal) {
        return "{\"sentAt\": \"2026-11-21T02:00:00Z\", \"inService\": true, \"devices\": [], \"journal\": " + journal + "}";
    }

    private JsonNode beat(TestKiosk from, String journal) throws Exception {
        HttpResponse<String> response = send(from, heartbeat(journal));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json(response);
    }

    private HttpResponse<String> send(TestKiosk from, String body) throws Exception {
        return from.send("POST", "kiosks/" + from.kioskId + "/heartbeats", body.getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", "hb-" + beats.incrementAndGet());
    }

    private JsonNode operatorView() throws Exception {
        HttpResponse<String> response = admin(backend.operatorToken());
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response);
    }

    private HttpResponse<String> admin(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + backend.port() + "/admin/journals")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return KioskCredentials.stranger(backend.authorityCertificate()).send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
