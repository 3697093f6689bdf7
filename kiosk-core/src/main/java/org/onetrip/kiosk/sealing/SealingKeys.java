package org.onetrip.kiosk.sealing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Jwk;
import org.onetrip.kiosk.backend.ApprovalContract.SealingKeySet;
import org.onetrip.kiosk.backend.CallOutcome;
import org.onetrip.kiosk.keys.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The approval system's sealing key this kiosk seals new filings to: the first key the backend publishes
 * whose id the configuration pins. The key is public; it is kept in {@code DATA_DIR/sealing-key.json} so a
 * restarted kiosk can take filings while the backend is unreachable. A key that is not pinned is never used,
 * whoever serves it.
 *
 * <p>Thread-safe.
 */
public final class SealingKeys {

    /** How often a held key is checked against what the backend publishes (a rotation). */
    public static final Duration CHECK_EVERY = Duration.ofMinutes(10);
    /** How soon to ask again while no key is held. */
    public static final Duration RETRY_WITHOUT_KEY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(SealingKeys.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE_NAME = "sealing-key.json";

    private final Set<String> pinned;
    private final Path file;
    private final Clock clock;
    private volatile Sealer current;
    private volatile Instant nextCheck = Instant.MIN;

    private SealingKeys(Set<String> pinned, Path file, Clock clock, Sealer current) {
        this.pinned = pinned;
        this.file = file;
        this.clock = clock;
        this.current = current;
    }

    /** The pinned ids, and the key kept from an earlier contact if it is still pinned. */
    public static SealingKeys open(Set<String> pinnedKeyIds, Path dataDir, Clock clock) {
        Set<String> pinned = Set.copyOf(pinnedKeyIds);
        Path file = dataDir.resolve(FILE_NAME);
        Sealer kept = null;
        if (Files.exists(file)) {
            try {
                Jwk jwk = JSON.readValue(file.toFile(), Jwk.class);
                SealingKey key = SealingKey.fromJwk(jwk.kty(), jwk.crv(), jwk.x(), jwk.kid());
                if (pinned.contains(key.kid())) {
                    kept = new Sealer(key);
                } else {
                    log.warn("the kept sealing key {} is no longer pinned; asking the backend", key.kid());
                }
            } catch (IOException | IllegalArgumentException e) {
                log.warn("the kept sealing key cannot be read ({}); asking the backend", e.getMessage());
            }
        }
        if (pinned.isEmpty()) {
            log.warn("no sealing key is pinned (backend.sealingKeys): filings cannot be taken");
        }
        return new SealingKeys(pinned, file, Objects.requireNonNull(clock, "clock"), kept);
    }

    /** The sealer for new filings; empty until a pinned key is known. */
    public Optional<Sealer> current() {
        return Optional.ofNullable(current);
    }

    public Set<String> pinned() {
        return pinned;
    }

    /** How long until {@link #checkIfDue} would ask the backend. */
    public Duration nextCheckIn() {
        Duration left = Duration.between(clock.instant(), nextCheck);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Asks the backend for its keys when it is time: often while no key is held, now and then after. */
    public void checkIfDue(ApprovalBackendClient client) {
        if (clock.instant().isBefore(nextCheck)) {
            return;
        }
        boolean found = check(client);
        nextCheck = clock.instant().plus(found ? CHECK_EVERY : RETRY_WITHOUT_KEY);
    }

    /**
     * Asks the backend for its keys and takes the first one that is pinned.
     *
     * @return whether a pinned key is held now
     */
    public boolean check(ApprovalBackendClient client) {
        CallOutcome<SealingKeySet> answer = client.sealingKeys();
        if (!(answer instanceof CallOutcome.Ok<SealingKeySet> ok)) {
            return current != null;
        }
        List<Jwk> keys = ok.value().keys() == null ? List.of() : ok.value().keys();
        for (Jwk jwk : keys) {
            if (jwk == null || !pinned.contains(jwk.kid())) {
                continue;
            }
            SealingKey key;
            try {
                key = SealingKey.fromJwk(jwk.kty(), jwk.crv(), jwk.x(), jwk.kid());
            } catch (IllegalArgumentException e) {
                log.warn("the backend's sealing key {} is malformed: {}", jwk.kid(), e.getMessage());
                continue;
            }
            if (current == null || !current.key().equals(key)) {
                keep(key);
                current = new Sealer(key);
                log.info("filings are now sealed to the backend's key {}", key.kid());
            }
            return true;
        }
        log.warn("the backend publishes no sealing key this kiosk pins ({} published)", keys.size());
        return current != null;
    }

    private void keep(SealingKey key) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(Map.of("kty", "OKP", "crv", "X25519", "x", key.xBase64Url(),
                    "kid", key.kid()));
            PrivateFiles.writeDurably(file, bytes);
        } catch (IOException e) {
            log.warn("the sealing key cannot be kept on disk: {}", e.getMessage());
        }
    }
}
