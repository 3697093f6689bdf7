package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingStatusTest {

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
    void aFilingMovesThroughReviewAsTimePasses() throws Exception {
        String number = json(kiosk.fileComplete("sub-00000001", ZHANG_WEI)).get("acceptanceNumber").asText();

        assertThat(stateOfOnlyFiling()).isEqualTo("RECEIVED");
        clock.advance(Duration.ofHours(2));
        assertThat(stateOfOnlyFiling()).isEqualTo("UNDER_REVIEW");
        clock.advance(Duration.ofDays(1));
        assertThat(stateOfOnlyFiling()).isEqualTo("APPROVED");
        clock.advance(Duration.ofDays(2));
        JsonNode filing = json(kiosk.lookup(ZHANG_WEI)).get("filings").get(0);
        assertThat(filing.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(filing.get("acceptanceNumber").asText()).isEqualTo(number);
        assertThat(filing.get("submissionId").asText()).isEqualTo("sub-00000001");
        assertThat(filing.get("matterCodes").get(0).asText()).isEqualTo("HUKOU-MOVE-IN");
        assertThat(filing.get("promisedDate").asText()).isEqualTo("2026-11-27");
        assertThat(filing.get("updatedAt").asText()).isEqualTo("2026-11-24T02:00:00Z");
    }

    @Test
    void promisedMaterialsThatNeverArriveEndInRejection() throws Exception {
        ObjectNode manifest = kiosk.manifest("sub-00000001", ZHANG_WEI, TestKiosk.twoFiles());
        manifest.withArray("promisedMaterials").addObject().put("materialCode", "M-MARRIAGE")
                .put("dueBy", "2026-12-05");
        manifest.withArray("commitments").addObject().put("materialCode", "M-MARRIAGE")
                .put("text", "本人承诺于2026年12月5日前补交结婚证").put("signedAt", "2026-11-21T01:58:00Z");
        kiosk.create("sub-00000001", kiosk.envelope(manifest));
        for (Map.Entry<String, byte[]> file : TestKiosk.twoFiles().entrySet()) {
            kiosk.upload("sub-00000001", file.getKey(), file.getValue());
        }
        assertThat(kiosk.commit("sub-00000001").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        JsonNode waiting = json(kiosk.lookup(ZHANG_WEI)).get("filings").get(0);
        assertThat(waiting.get("state").asText()).isEqualTo("NEED_MORE_MATERIALS");
        assertThat(waiting.get("stateReason").asText()).contains("2026-12-05");

        clock.advance(Duration.ofDays(30));
        assertThat(stateOfOnlyFiling()).isEqualTo("REJECTED");
    }

    @Test
    void lookupListsOnlyTheApplicantsOwnFilingsNewestFirst() throws Exception {
        kiosk.fileComplete("sub-00000001", ZHANG_WEI);
        clock.advance(Duration.ofMinutes(5));
        kiosk.fileComplete("sub-00000002", ZHANG_WEI);
        kiosk.fileComplete("sub-00000003", "640104199007211822");

        JsonNode filings = json(kiosk.lookup(ZHANG_WEI)).get("filings");

        assertThat(filings).extracting(f -> f.get("submissionId").asText())
                .containsExactly("sub-00000002", "sub-00000001");
        assertThat(json(kiosk.lookup("210102200102280714")).get("filings")).isEmpty();
    }

    @Test
    void aMalformedIdNumberIsRefused() throws Exception {
        HttpResponse<String> lookup = kiosk.lookup("11010119850312123");

        assertThat(lookup.statusCode()).isEqualTo(400);
        assertThat(json(lookup).get("error").get("message").asText()).doesNotContain("11010119850312123");
    }

    @Test
    void filingsAndFilesSurviveARestartOnTheSameDataDirectory() throws Exception {
        String number = json(kiosk.fileComplete("sub-00000001", ZHANG_WEI)).get("acceptanceNumber").asText();
        backend.stop();

        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock));
        backend.start(0, data);
        TestKiosk again = kiosk.reconnect(backend);

        JsonNode filings = json(again.lookup(ZHANG_WEI)).get("filings");
        assertThat(filings).hasSize(1);
        assertThat(filings.get(0).get("acceptanceNumber").asText()).isEqualTo(number);
        assertThat(json(again.commit("sub-00000001")).get("acceptanceNumber").asText()).isEqualTo(number);
        assertThat(json(again.status("sub-00000001")).get("receivedFiles")).hasSize(2);
        String next = json(again.fileComplete("sub-00000002", ZHANG_WEI)).get("acceptanceNumber").asText();
        assertThat(next.compareTo(number)).isPositive();
    }

    private String stateOfOnlyFiling() throws Exception {
        JsonNode filings = json(kiosk.lookup(ZHANG_WEI)).get("filings");
        assertThat(filings).hasSize(1);
        return filings.get(0).get("state").asText();
    }
}
