package org.onetrip.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.RemoteUnlock;
import org.onetrip.kiosk.backend.ApprovalContract.HeartbeatAck;
import org.onetrip.kiosk.backend.ApprovalContract.JournalAnchor;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.maintenance.AuditAction;
import org.onetrip.kiosk.maintenance.AuditJournal;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.maintenance.JournalHead;
import org.onetrip.kiosk.time.ManualTime;

/** Heartbeats to the reference approval backend over loopback HTTP. */
class HeartbeatSenderTest {
    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final AtomicLong beatNumber = new AtomicLong();
    private ReferenceBackend backend;
    private HeartbeatSender sender;
    private final List<RemoteUnlock> unlocks = new CopyOnWriteArrayList<>();
    private ApprovalBackendClient client;
    private AuditJournal journal;
    private JournalAnchoring anchoring;

    @BeforeAll
    static void noNagleDelay() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void start() {
        backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, dir.resolve("backend"));
        client = new ApprovalBackendClient(
                BackendConnection.plain(backend.baseUri(), "SZ-NS-0001", Duration.ofSeconds(5)));
        journal = AuditJournal.open(dir.resolve("data"), time.clock());
        for (int i = 0; i < 4; i++) {
            journal.record("kiosk", AuditAction.SESSION_ENDED, "finished after " + (i + 1) + " min");
        }
        anchoring = new JournalAnchoring(journal, journal.verify());
        sender = new HeartbeatSender(client, PrometheusExporterTest::snapshot, anchoring, time, Duration.ofMinutes(1),
                () -> new UUID(0, beatNumber.incrementAndGet()), unlocks::add);
    }

    @AfterEach
    void stop() {
        sender.close();
        backend.close();
        journal.close();
    }

    @Test
    void aBeatCarriesTheJournalHeadAndTheBackendAnswersTheHeadItHolds() throws Exception {
        JournalHead head = journal.head();

        CallOutcome<HeartbeatAck> outcome = sender.beat();

        JsonNode sent = received().get(0).get("journal");
        assertThat(sent.get("sequence").asLong()).isEqualTo(5);
        assertThat(sent.get("hash").asText()).isEqualTo(head.hash());
        assertThat(sent.get("intact").asBoolean()).isTrue();
        assertThat(outcome.orElseThrow().journal()).isEqualTo(new JournalAnchor(5, head.hash(), "CONSISTENT"));
        assertThat(journal.anchor()).contains(head);
    }

    @Test
    void aTailCutTogetherWithTheKioskOwnMarkIsFoundBehindTheAnchorAtTheNextBeat() throws Exception {
        sender.beat();
        // someone with the disk and the key directory cuts the last two entries and the kiosk's own marks
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("kiosk.db"));
             Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM audit WHERE seq > 3");
        }
        Files.delete(KioskSettings.keyDirectoryOf(dir.resolve("data")).resolve("journal.head"));
        journal.close();
        journal = AuditJournal.open(dir.resolve("data"), time.clock());
        anchoring = new JournalAnchoring(journal, journal.verify());
        assertThat(anchoring.verdict().get().intact()).as("nothing on the kiosk remembers the cut entries").isTrue();
        sender.close();
        sender = new HeartbeatSender(client, PrometheusExporterTest::snapshot, anchoring, time, Duration.ofMinutes(1),
                () -> new UUID(0, beatNumber.incrementAndGet()));

        CallOutcome<HeartbeatAck> outcome = sender.beat();

        assertThat(outcome.orElseThrow().journal().state()).isEqualTo("BEHIND_ANCHOR");
        assertThat(outcome.orElseThrow().journal().sequence()).isEqualTo(5);
        assertThat(anchoring.backendFinds().get()).isEqualTo("BEHIND_ANCHOR");
        assertThat(journal.verify()).isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Problem.BEHIND_ANCHOR,
                "the journal ends at entry 3, but the backend holds entry 5 as its head: entries 4 to 5 were cut off"));

        sender.beat();
        assertThat(received().get(2).get("journal").get("intact").asBoolean()).as("the kiosk says so itself").isFalse();
        assertThat(received().get(2).get("journal").get("problem").asText()).isEqualTo("BEHIND_ANCHOR");
    }

    @Test
    void theOperatorsRemoteUnlockReachesTheKioskOnceWithItsNextHeartbeat() throws Exception {
        assertThat(unlock(null).statusCode()).as("a stranger cannot unlock a kiosk").isEqualTo(401);
        sender.beat();
        assertThat(unlocks).isEmpty();

        HttpResponse<String> asked = unlock(backend.operatorToken());
        assertThat(asked.statusCode()).isEqualTo(202);
        String unlockId = new ObjectMapper().readTree(asked.body()).get("unlockId").asText();
        sender.beat();
        sender.beat();

        assertThat(unlocks).extracting(RemoteUnlock::unlockId).containsExactly(unlockId);
    }

    private HttpResponse<String> unlock(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + backend.port()
                + "/admin/kiosks/SZ-NS-0001:unlock")).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBeatCarriesServiceStateDevicesAndCounters() throws Exception {
        assertThat(sender.beat()).isInstanceOf(CallOutcome.Ok.class);

        List<JsonNode> received = received();
        assertThat(received).hasSize(1);
        JsonNode beat = received.get(0);
        assertThat(beat.get("inService").asBoolean()).isTrue();
        assertThat(beat.get("sentAt").asText()).isEqualTo("2026-11-21T14:00:00Z");
        assertThat(beat.get("devices").get(1).get("device").asText()).isEqualTo("certificate-printer");
        assertThat(beat.get("devices").get(1).get("state").asText()).isEqualTo("OFFLINE");
        assertThat(beat.get("devices").get(1).get("reasons").get(0).asText()).isEqualTo("PAPER_OUT");
        assertThat(beat.get("devices").get(0).get("counters").get("cardsRead").asLong()).isEqualTo(120);
        assertThat(beat.get("counters").get("kiosk.restarts").asLong()).isEqualTo(6);
    }

    @Test
    void beatsGoOutAtOnceAndThenEveryInterval() throws Exception {
        sender.start();
        time.advance(Duration.ZERO);
        assertThat(received()).hasSize(1);

        time.advance(Duration.ofMinutes(1));
        time.advance(Duration.ofMinutes(1));

        assertThat(received()).hasSize(3);
    }

    @Test
    void aBeatThatCannotBeDeliveredIsRetryableAndTheNextOneStillGoes() throws Exception {
        backend.goDown();
        assertThat(sender.beat()).isInstanceOf(CallOutcome.Retryable.class);

        backend.comeUp();
        assertThat(sender.beat()).isInstanceOf(CallOutcome.Ok.class);
        assertThat(received()).hasSize(1);
    }

    private List<JsonNode> received() throws Exception {
        List<JsonNode> bodies = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backend").resolve("backend.db"));
             Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM heartbeats WHERE kiosk_id = 'SZ-NS-0001' ORDER BY id")) {
            while (rs.next()) {
                bodies.add(json.readTree(rs.getString(1)));
            }
        }
        return bodies;
    }
}
