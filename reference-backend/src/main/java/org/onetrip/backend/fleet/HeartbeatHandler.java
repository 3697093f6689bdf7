package org.onetrip.backend.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.BackendStore;

/**
 * {@code POST /kiosks/{kioskId}/heartbeats}: a kiosk reports it is alive, how its devices are and where its audit
 * journal stands; the answer says which journal head is held for it and what the report shows against it
 * ({@link KioskJournals}), and carries the operator's remote unlock of the kiosk, if one waits
 * ({@link KioskUnlockHandler}).
 */
public final class HeartbeatHandler implements Handler {

    /** The device states of the kiosk's one status model. */
    public enum DeviceState { ONLINE, OFFLINE, BUSY, DEGRADED, HARDWARE_ERROR, POWER_OFF }

    /** Body (schema {@code Heartbeat}). */
    public record Heartbeat(String sentAt, Boolean inService, List<Device> devices, Map<String, Long> counters,
            JournalReport journal) {
    }

    /** The kiosk's audit journal (schema {@code JournalReport}). */
    public record JournalReport(Long sequence, String hash, Boolean intact, String problem, Long brokenAt,
            JournalPoint atAnchor) {
    }

    /** One entry of a journal (schema {@code JournalPoint}). */
    public record JournalPoint(Long sequence, String hash) {
    }

    /** One device's report (schema {@code DeviceReport}). */
    public record Device(String device, String state, List<String> reasons, Map<String, Long> counters) {
    }

    /**
     * The answer (schema {@code HeartbeatAck}); {@code journal} only when the beat carried one, {@code unlock} only
     * when the operator unlocked the kiosk.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ack(String receivedAt, String nextHeartbeatIn, JournalAnchor journal, Unlock unlock) {
    }

    /** The operator's remote unlock (schema {@code RemoteUnlock}), delivered in one answer only. */
    public record Unlock(String unlockId, String issuedAt) {
    }

    /** The journal head held for the kiosk and what its report shows (schema {@code JournalAnchor}). */
    public record JournalAnchor(long sequence, String hash, String state) {
    }

    /** How a kiosk's own check finds its journal broken: the kiosk's {@code ChainVerdict.Problem}. */
    public enum JournalProblem { MISSING, ALTERED, RELINKED, TRUNCATED, EMPTIED, BEHIND_ANCHOR, REWRITTEN, KEY_MISSING }

    private static final Pattern SEAL = Pattern.compile("[0-9a-f]{64}");

    private final BackendStore store;
    private final KioskJournals journals;
    private final Json json;
    private final Clock clock;
    private final Duration interval;

    public HeartbeatHandler(BackendStore store, KioskJournals journals, Json json, Clock clock, Duration interval) {
        this.store = store;
        this.journals = journals;
        this.json = json;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public Reply handle(ApiRequest request) {
        String kioskId = request.pathParam("kioskId");
        if (!kioskId.equals(request.kioskId())) {
            throw new ApiException(ErrorCode.KIOSK_ID_MISMATCH, "a kiosk reports only its own heartbeats: the path"
                    + " must name the kiosk of the client certificate");
        }
        Heartbeat beat = json.read(request.body(), Heartbeat.class);
        try {
            Instant.parse(beat.sentAt() == null ? "" : beat.sentAt());
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "sentAt must be an ISO-8601 instant");
        }
        if (beat.inService() == null || beat.devices() == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "inService and devices are required");
        }
        for (Device device : beat.devices()) {
            if (device == null || device.device() == null || device.device().isBlank()
                    || Arrays.stream(DeviceState.values()).noneMatch(s -> s.name().equals(device.state()))) {
                throw new ApiException(ErrorCode.BAD_REQUEST, "each device needs a name and a state, one of "
                        + Arrays.toString(DeviceState.values()));
            }
        }
        Optional<KioskJournals.Report> journal = journal(beat.journal());
        Instant now = clock.instant();
        store.insertHeartbeat(kioskId, now, new String(request.body(), StandardCharsets.UTF_8));
        JournalAnchor anchor = journal.map(report -> {
            KioskJournals.Finding found = journals.report(kioskId, now, report);
            return new JournalAnchor(found.heldSequence(), found.heldHash(), found.state().name());
        }).orElse(null);
        Unlock unlock = store.takeUnlock(kioskId, now)
                .map(pending -> new Unlock(pending.unlockId(), pending.issuedAt().toString())).orElse(null);
        return json.reply(202, new Ack(now.toString(), interval.toString(), anchor, unlock));
    }

    /** The journal report, checked; empty from a kiosk that sends none. */
    private static Optional<KioskJournals.Report> journal(JournalReport report) {
        if (report == null) {
            return Optional.empty();
        }
        if (report.sequence() == null || report.sequence() < 0 || report.hash() == null
                || !SEAL.matcher(report.hash()).matches() || report.intact() == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "journal needs sequence (0 or more), hash (64 lower-case hex digits) and intact");
        }
        if (!report.intact() && (report.brokenAt() == null || report.brokenAt() < 1
                || Arrays.stream(JournalProblem.values()).noneMatch(p -> p.name().equals(report.problem())))) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "a journal that is not intact needs brokenAt (1 or more) and"
                    + " problem, one of " + Arrays.toString(JournalProblem.values()));
        }
        JournalPoint point = report.atAnchor();
        if (point != null && (point.sequence() == null || point.sequence() < 1 || point.hash() == null
                || !SEAL.matcher(point.hash()).matches())) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "journal.atAnchor needs sequence (1 or more) and hash (64 lower-case hex digits)");
        }
        return Optional.of(new KioskJournals.Report(report.sequence(), report.hash(), report.intact(),
                report.intact() ? null : report.problem(), report.intact() ? null : report.brokenAt(),
                Optional.ofNullable(point).map(p -> new KioskJournals.Entry(p.sequence(), p.hash()))));
    }
}
