package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetTest {

    private static final String HEARTBEAT = """
            {"sentAt": "2026-11-21T02:00:00Z", "inService": true,
             "devices": [{"device": "receipt-printer", "state": "DEGRADED", "reasons": ["PAPER_NEAR_END"],
                          "counters": {"receiptsPrinted": 1520}},
                         {"device": "id-card-reader", "state": "ONLINE"}],
             "counters": {"sessions": 88}}""";

    @TempDir
    Path data;

    private ReferenceBackend backend;
    private TestKiosk kiosk;

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
    void theCatalogVersionIsPublished() throws Exception {
        HttpResponse<String> response = kiosk.send("GET", "catalog/version", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("version").asText()).isEqualTo("2026.11.1");
    }

    @Test
    void aHeartbeatIsAcceptedAndARetryIsAnsweredFromTheFirst() throws Exception {
        HttpResponse<String> first = heartbeat(HEARTBEAT, "hb-1");
        HttpResponse<String> retry = heartbeat(HEARTBEAT, "hb-1");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(json(first).get("nextHeartbeatIn").asText()).isEqualTo("PT1M");
        assertThat(retry.statusCode()).isEqualTo(202);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aHeartbeatWithAnUnknownDeviceStateIsRefused() throws Exception {
        HttpResponse<String> response = heartbeat(HEARTBEAT.replace("DEGRADED", "SLEEPY"), "hb-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("message").asText()).contains("HARDWARE_ERROR");
    }

    @Test
    void aHeartbeatForAnotherKioskIsRefused() throws Exception {
        HttpResponse<String> response = kiosk.send("POST", "kiosks/KIOSK-SH-0002/heartbeats",
                HEARTBEAT.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "hb-1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("KIOSK_ID_MISMATCH");
    }

    @Test
    void aRatingIsRecordedOncePerKey() throws Exception {
        String rating = "{\"submissionId\": \"sub-00000001\", \"score\": 5, \"reasonCodes\": [\"FAST\"],"
                + " \"comment\": \"很方便\"}";

        HttpResponse<String> first = rate(rating, "rating-1");
        HttpResponse<String> retry = rate(rating, "rating-1");
        HttpResponse<String> another = rate(rating.replace("\"score\": 5", "\"score\": 4"), "rating-2");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(retry).get("ratingId").asLong()).isEqualTo(json(first).get("ratingId").asLong());
        assertThat(json(another).get("ratingId").asLong()).isNotEqualTo(json(first).get("ratingId").asLong());
    }

    @Test
    void aRatingOutOfRangeOrWithoutSubjectIsRefused() throws Exception {
        assertThat(rate("{\"sessionRef\": \"s-1\", \"score\": 6}", "r-1").statusCode()).isEqualTo(400);
        assertThat(rate("{\"sessionRef\": \"s-1\", \"score\": 0}", "r-2").statusCode()).isEqualTo(400);
        assertThat(rate("{\"score\": 3}", "r-3").statusCode()).isEqualTo(400);
        assertThat(rate("{\"sessionRef\": \"s-1\", \"score\": 3, \"reasonCodes\": [\"not a code\"]}", "r-4")
                .statusCode()).isEqualTo(400);
        assertThat(rate("{\"sessionRef\": \"s-1\", \"score\": 3, \"comment\": \"" + "好".repeat(501) + "\"}", "r-5")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aWrongTypeNamesTheFieldWithoutEchoingTheValue() throws Exception {
        HttpResponse<String> response = rate("{\"sessionRef\": \"s-1\", \"score\": \"110101198503121239\"}", "r-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("message").asText()).contains("score")
                .doesNotContain("110101198503121239");
    }

    private HttpResponse<String> heartbeat(String body, String key) throws Exception {
        return kiosk.send("POST", "kiosks/KIOSK-BJ-0001/heartbeats", body.getBytes(StandardCharsets.UTF_8),
                "Idempotency-Key", key);
    }

    private HttpResponse<String> rate(String body, String key) throws Exception {
        return kiosk.send("POST", "ratings", body.getBytes(StandardCharsets.UTF_8), "Idempotency-Key", key);
    }
}
