package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.backend.TestKiosk.JSON;
import static org.onetrip.backend.TestKiosk.ZHANG_WEI;
import static org.onetrip.backend.TestKiosk.bytes;
import static org.onetrip.backend.TestKiosk.json;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.quota.CitizenDataGate;
import org.onetrip.backend.quota.Quotas;
import org.onetrip.backend.quota.Rate;
import org.slf4j.LoggerFactory;

/** Citizens' data is counted per kiosk and per ID number, and every call is logged with its kiosk. */
class CitizenDataQuotaTest {

    private static final String LI_XIUYING = "310104195211082461";
    private static final String WANG_FANG = "640104199007211822";

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T02:00:00Z"));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger gateLog = (Logger) LoggerFactory.getLogger(CitizenDataGate.class);
    private ReferenceBackend backend;
    private TestKiosk kiosk;

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.defaults().withClock(clock).withQuotas(Quotas.defaults()
                .withCitizenDataPerKiosk(Rate.of(5, Duration.ofMinutes(1)))
                .withCitizenDataPerIdNumber(Rate.of(3, Duration.ofMinutes(10)))));
        backend.start(0, data);
        kiosk = new TestKiosk(backend, "KIOSK-BJ-0001");
        log.start();
        gateLog.addAppender(log);
        gateLog.setLevel(Level.INFO);
    }

    @AfterEach
    void stop() {
        gateLog.detachAppender(log);
        backend.stop();
    }

    @Test
    void oneIdNumberIsServedItsQuotaFromWhicheverKioskThenRefused429UntilItComesBack() throws Exception {
        TestKiosk otherKiosk = new TestKiosk(backend, "KIOSK-SH-0002");
        List<Integer> statuses = new ArrayList<>();
        statuses.add(kiosk.lookup(ZHANG_WEI).statusCode());
        statuses.add(fetchLicence(kiosk, ZHANG_WEI).statusCode());
        statuses.add(issue(kiosk, ZHANG_WEI, "s-1").statusCode());

        HttpResponse<String> fourth = otherKiosk.lookup(ZHANG_WEI);

        assertThat(statuses).containsExactly(200, 200, 201);
        assertThat(fourth.statusCode()).isEqualTo(429);
        JsonNode error = json(fourth).get("error");
        assertThat(error.get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(error.get("retryable").asBoolean()).isFalse();
        long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 200L);
        assertThat(error.get("details").get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(fourth.body()).doesNotContain(ZHANG_WEI);
        assertThat(otherKiosk.lookup(LI_XIUYING).statusCode()).as("another citizen at that kiosk").isEqualTo(200);

        clock.advance(Duration.ofSeconds(retryAfter));
        assertThat(otherKiosk.lookup(ZHANG_WEI).statusCode()).isEqualTo(200);
    }

    @Test
    void oneKioskIsServedItsQuotaWhoeverItAsksForThenRefused429() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (String idNumber : List.of(ZHANG_WEI, ZHANG_WEI, LI_XIUYING, LI_XIUYING, WANG_FANG, WANG_FANG)) {
            statuses.add(kiosk.lookup(idNumber).statusCode());
        }
        TestKiosk otherKiosk = new TestKiosk(backend, "KIOSK-SH-0002");

        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
        assertThat(otherKiosk.lookup(WANG_FANG).statusCode()).as("another kiosk has its own quota").isEqualTo(200);
        clock.advance(Duration.ofSeconds(12));
        assertThat(kiosk.lookup(LI_XIUYING).statusCode()).isEqualTo(200);
    }

    @Test
    void aReplayedIssueIsNotCountedAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(issue(kiosk, ZHANG_WEI, "s-1").statusCode()).as("attempt " + i).isEqualTo(201);
        }
    }

    @Test
    void everyCitizenDataCallIsLoggedWithItsKioskAndNeverTheIdNumber() throws Exception {
        kiosk.lookup(ZHANG_WEI);
        fetchLicence(kiosk, ZHANG_WEI);
        issue(kiosk, ZHANG_WEI, "s-1");
        kiosk.lookup(ZHANG_WEI);

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("lookup-filings by kiosk KIOSK-BJ-0001 (request ");
        assertThat(lines.get(1)).startsWith("fetch-licence by kiosk KIOSK-BJ-0001 (request ");
        assertThat(lines.get(2)).startsWith("issue-certificate by kiosk KIOSK-BJ-0001 (request ");
        assertThat(lines.get(3)).startsWith("lookup-filings by kiosk KIOSK-BJ-0001 refused: over its quota");
        assertThat(String.join("\n", lines)).doesNotContain(ZHANG_WEI, "19850312");
    }

    private static HttpResponse<String> fetchLicence(TestKiosk kiosk, String idNumber) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("licenceType", "RESIDENT_ID_CARD").put("idNumber", idNumber)
                .put("sessionRef", "session-1");
        body.putObject("consent").put("granted", true).put("grantedAt", "2026-11-21T01:59:00Z");
        return kiosk.send("POST", "licences:fetch", bytes(body));
    }

    private static HttpResponse<String> issue(TestKiosk kiosk, String idNumber, String sessionRef) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("type", "HOUSEHOLD_REGISTRATION").put("idNumber", idNumber)
                .put("sessionRef", sessionRef);
        return kiosk.send("POST", "certificates:issue", bytes(body), "Idempotency-Key", sessionRef + "-hr");
    }
}
