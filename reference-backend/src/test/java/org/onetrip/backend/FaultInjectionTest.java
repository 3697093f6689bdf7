package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.backend.TestKiosk.JSON;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.fault.FaultMode;
import org.onetrip.backend.fault.FaultRule;

class FaultInjectionTest {

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
    private ReferenceBackend backend;
    private TestKiosk kiosk;

    @BeforeEach
    void start() throws Exception {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
        kiosk.enrol();
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    @Test
    void aSlowBackendMakesTheClientTimeOut() {
        backend.faults().add(FaultRule.slow(Duration.ofSeconds(30)));

        HttpRequest request = kiosk.request("GET", "catalog/version", null).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> kiosk.http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aResetConnectionIsAnIoExceptionYetTheWorkIsDoneAndARetryGetsTheSameNumber() throws Exception {
        Map<String, byte[]> files = TestKiosk.twoFiles();
        kiosk.create("sub-00000001", kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, files)));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            kiosk.upload("sub-00000001", file.getKey(), file.getValue());
        }
        backend.faults().add(FaultRule.always(FaultMode.RESET).onlyUnder("/api/v1/submissions"));

        assertThatThrownBy(() -> kiosk.commit("sub-00000001")).isInstanceOf(IOException.class);

        backend.faults().clear();
        HttpResponse<String> retry = kiosk.commit("sub-00000001");
        assertThat(retry.statusCode()).isEqualTo(200);
        JsonNode filings = json(kiosk.lookup(ZHANG_WEI)).get("filings");
        assertThat(filings).hasSize(1);
        assertThat(filings.get(0).get("acceptanceNumber").asText())
                .isEqualTo(json(retry).get("acceptanceNumber").asText());
    }

    @Test
    void an500AnswersTheDocumentedRetryableErrorBody() throws Exception {
        backend.faults().add(FaultRule.always(FaultMode.ERROR_500));

        HttpResponse<String> response = kiosk.send("GET", "catalog/version", null);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("INTERNAL");
        assertThat(error.get("retryable").asBoolean()).isTrue();
        assertThat(error.get("requestId").asText()).isNotBlank();
    }

    @Test
    void aFailedCallAnswers503AndDoesNothing() throws Exception {
        backend.faults().add(FaultRule.always(FaultMode.FAIL).onlyUnder("/api/v1/submissions"));

        HttpResponse<String> response = kiosk.create("sub-00000001",
                kiosk.envelope(kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles())));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("UNAVAILABLE");
        backend.faults().clear();
        assertThat(kiosk.status("sub-00000001").statusCode()).isEqualTo(404);
    }

    @Test
    void aTruncatedBodyIsNotParseableJson() throws Exception {
        backend.faults().add(FaultRule.always(FaultMode.TRUNCATED_BODY));

        HttpResponse<String> response = kiosk.send("GET", "catalog/version", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aWrongContentTypeComesWithAnHtmlPage() throws Exception {
        backend.faults().add(FaultRule.always(FaultMode.WRONG_CONTENT_TYPE));

        HttpResponse<String> response = kiosk.send("GET", "catalog/version", null);

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(response.body()).startsWith("<html>");
    }

    @Test
    void faultsAreScopedByPathPrefix() throws Exception {
        backend.faults().add(FaultRule.always(FaultMode.ERROR_500).onlyUnder("/api/v1/ratings"));

        assertThat(kiosk.send("GET", "catalog/version", null).statusCode()).isEqualTo(200);
        assertThat(kiosk.send("POST", "ratings", "{}".getBytes(StandardCharsets.UTF_8), "Idempotency-Key", "r1")
                .statusCode()).isEqualTo(500);
    }

    @Test
    void aShareOfCallsFailsAndTheSeedMakesItRepeatable() throws Exception {
        List<Integer> firstRun = statusesWithHalfFailing(7L);
        List<Integer> secondRun = statusesWithHalfFailing(7L);

        assertThat(firstRun).contains(200, 503);
        assertThat(secondRun).isEqualTo(firstRun);
    }

    @Test
    void aDownedBackendRefusesConnectionsAndComesBackWithItsData() throws Exception {
        kiosk.fileComplete("sub-00000001", ZHANG_WEI);

        backend.goDown();
        HttpClient fresh = kiosk.credentials.client();
        HttpRequest request = kiosk.request("GET", "catalog/version", null).build();
        assertThatThrownBy(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);

        backend.comeUp();
        assertThat(fresh.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(json(kiosk.lookup(ZHANG_WEI)).get("filings")).hasSize(1);
    }

    @Test
    void theAdminEndpointSwitchesFaultsOnAndOff() throws Exception {
        String rules = "{\"seed\": 1, \"rules\": [{\"mode\": \"ERROR_500\", \"probability\": 1.0,"
                + " \"pathPrefix\": \"/api/v1/catalog\"}]}";

        HttpResponse<String> set = admin("POST", rules);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(json(set).get("rules").get(0).get("mode").asText()).isEqualTo("ERROR_500");
        assertThat(kiosk.send("GET", "catalog/version", null).statusCode()).isEqualTo(500);

        assertThat(admin("DELETE", null).statusCode()).isEqualTo(200);
        assertThat(kiosk.send("GET", "catalog/version", null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminEndpointRefusesABadRule() throws Exception {
        HttpResponse<String> set = admin("POST", "{\"rules\": [{\"mode\": \"SLOW\", \"probability\": 1.0}]}");

        assertThat(set.statusCode()).isEqualTo(400);
        assertThat(json(set).get("error").get("message").asText()).contains("positive delay");
        assertThat(backend.faults().rules()).isEmpty();
    }

    @Test
    void theAdminEndpointRefusesParametersOutOfRangeAndNamesTheRange() throws Exception {
        String tooManyRules = "{\"rules\": [" + String.join(", ",
                Collections.nCopies(33, "{\"mode\": \"FAIL\", \"probability\": 0.1}")) + "]}";
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("{\"rules\": [{\"mode\": \"FAIL\", \"probability\": 1.5}]}", "0.0..1.0");
        refusals.put("{\"rules\": [{\"mode\": \"FAIL\", \"probability\": -0.1}]}", "0.0..1.0");
        refusals.put("{\"rules\": [{\"mode\": \"SLOW\", \"delay\": \"PT10M\"}]}", "PT1M");
        refusals.put("{\"rules\": [{\"mode\": \"SLOW\", \"delay\": \"P365D\"}]}", "PT1M");
        refusals.put("{\"rules\": [{\"mode\": \"FAIL\", \"pathPrefix\": \"/" + "a".repeat(300) + "\"}]}",
                "at most 200");
        refusals.put(tooManyRules, "at most 32");

        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> set = admin("POST", refusal.getKey());
            assertThat(set.statusCode()).isEqualTo(400);
            JsonNode error = json(set).get("error");
            assertThat(error.get("message").asText()).contains(refusal.getValue());
            assertThat(error.get("retryable").asBoolean()).isFalse();
        }
        HttpResponse<String> longOutage = admin("POST", "down", "{\"duration\": \"PT2H\"}");
        assertThat(longOutage.statusCode()).isEqualTo(400);
        assertThat(json(longOutage).get("error").get("message").asText()).contains("PT1H");
        assertThat(backend.faults().rules()).isEmpty();
        assertThat(backend.isUp()).isTrue();
    }

    @Test
    void theAdminEndpointTakesTheBackendDownForAWhile() throws Exception {
        HttpResponse<String> down = admin("POST", "down", "{\"duration\": \"PT2S\"}");

        assertThat(down.statusCode()).isEqualTo(202);
        ReferenceBackend.OutageProgress outage = backend.lastOutage().orElseThrow();
        outage.down().get(5, TimeUnit.SECONDS);
        HttpClient fresh = kiosk.credentials.client();
        HttpRequest request = kiosk.request("GET", "catalog/version", null).build();
        assertThatThrownBy(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);

        outage.up().get(10, TimeUnit.SECONDS);
        assertThat(fresh.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private List<Integer> statusesWithHalfFailing(long seed) throws Exception {
        backend.faults().set(List.of(FaultRule.always(FaultMode.FAIL).withProbability(0.5)), seed);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(kiosk.send("GET", "catalog/version", null).statusCode());
        }
        return statuses;
    }

    private HttpResponse<String> admin(String method, String body) throws Exception {
        return admin(method, "faults", body);
    }

    /** An operator's call: the token from the backend, a JSON body when there is one. */
    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(adminUri(path))
                .header("Authorization", "Bearer " + backend.operatorToken())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return kiosk.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI adminUri(String path) {
        return URI.create("https://127.0.0.1:" + backend.port() + "/admin/" + path);
    }
}
