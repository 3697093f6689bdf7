package org.onetrip.backend.fleet;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;
import org.onetrip.backend.http.Handler;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Reply;
import org.onetrip.backend.store.BackendStore;

/**
 * {@code POST /kiosks/{kioskId}/heartbeats}: a kiosk reports it is alive and how its devices are.
 * The answer carries the operator's remote unlock of the kiosk, if one waits ({@link KioskUnlockHandler}).
 */
public final class HeartbeatHandler implements Handler {

    /** The device states of the kiosk's one status model. */
    public enum DeviceState { ONLINE, OFFLINE, BUSY, DEGRADED, HARDWARE_ERROR, POWER_OFF }

    /** Body (schema {@code Heartbeat}). */
    public record Heartbeat(String sentAt, Boolean inService, List<Device> devices, Map<String, Long> counters) {
    }

    /** One device's report (schema {@code DeviceReport}). */
    public record Device(String device, String state, List<String> reasons, Map<String, Long> counters) {
    }

    /** The answer (schema {@code HeartbeatAck}); {@code unlock} only when the operator unlocked the kiosk. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ack(String receivedAt, String nextHeartbeatIn, Unlock unlock) {
    }

    /** The operator's remote unlock (schema {@code RemoteUnlock}), delivered in one answer only. */
    public record Unlock(String unlockId, String issuedAt) {
    }

    private final BackendStore store;
    private final Json json;
    private final Clock clock;
    private final Duration interval;

    public HeartbeatHandler(BackendStore store, Json json, Clock clock, Duration interval) {
        this.store = store;
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
        Instant now = clock.instant();
        store.insertHeartbeat(kioskId, now, new String(request.body(), StandardCharsets.UTF_8));
        Unlock unlock = store.takeUnlock(kioskId, now)
                .map(pending -> new Unlock(pending.unlockId(), pending.issuedAt().toString())).orElse(null);
        return json.reply(202, new Ack(now.toString(), interval.toString(), unlock));
    }
}
