package org.onetrip.kiosk.submission;

import java.util.Set;
import org.onetrip.kiosk.sealing.SealingKeys;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.LookupKey;
import org.onetrip.kiosk.keys.SigningKey;
import org.onetrip.kiosk.outbox.CircuitBreaker;
import org.onetrip.kiosk.outbox.Delivery;
import org.onetrip.kiosk.outbox.DeliveryWorker;
import org.onetrip.kiosk.outbox.FreeSpaceProbe;
import org.onetrip.kiosk.outbox.Outbox;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.outbox.SetAsideRule;
import org.onetrip.kiosk.progress.ProgressLookup;

/**
 * The submission side of a kiosk, assembled: keys, outbox, desk, backend client, delivery
 * worker and progress lookup over one data directory. The composition root opens one at start
 * and closes it at shutdown; the worker starts at once and drains what was pending before.
 */
public final class SubmissionRuntime implements AutoCloseable {

    /**
     * How to assemble it.
     *
     * @param kioskId        this kiosk
     * @param dataDirectory  holds {@code outbox.db}, {@code outbox/} and the kept sealing key
     * @param keyDirectory   holds the lookup and signing keys; outside the data directory
     * @param sealingKeys    the ids (RFC 7638 thumbprints) of the approval system's sealing keys this kiosk trusts
     * @param backend        the approval backend
     * @param zone           the kiosk's local zone (tracking number dates)
     * @param reserveBytes   disk bytes kept free beyond a filing
     * @param space          the free-space probe
     * @param retry          back-off between failed attempts
     * @param breakerFailures failures in a row that open the circuit
     * @param breakerOpenFor how long an open circuit pauses delivery
     * @param setAside       when a filing that keeps failing is set aside for the technician
     * @param clock          time for timestamps and back-off
     */
    public record Options(String kioskId, Path dataDirectory, Path keyDirectory, Set<String> sealingKeys,
                          BackendConnection backend, ZoneId zone, long reserveBytes, FreeSpaceProbe space,
                          RetryPolicy retry, int breakerFailures, Duration breakerOpenFor, SetAsideRule setAside,
                          Clock clock) {

        public Options {
            Objects.requireNonNull(kioskId, "kioskId");
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(keyDirectory, "keyDirectory");
            sealingKeys = Set.copyOf(sealingKeys);
            Objects.requireNonNull(backend, "backend");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(space, "space");
            Objects.requireNonNull(retry, "retry");
            Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
            Objects.requireNonNull(setAside, "setAside");
            Objects.requireNonNull(clock, "clock");
        }

        /**
         * Production defaults: Asia/Shanghai, 256 MiB reserve, 1 s..5 min back-off, circuit 5 failures / 2 min,
         * set aside after 10 failures, a day of failing or 3 refusals ({@link SetAsideRule#standard()}).
         */
        public static Options defaults(Path dataDirectory, Path keyDirectory, Set<String> sealingKeys,
                                       BackendConnection backend) {
            return new Options(backend.kioskId(), dataDirectory, keyDirectory, sealingKeys, backend,
                    ZoneId.of("Asia/Shanghai"),
                    Outbox.DEFAULT_RESERVE_BYTES, FreeSpaceProbe.fileStore(), RetryPolicy.standard(new SecureRandom()),
                    CircuitBreaker.DEFAULT_FAILURE_THRESHOLD, CircuitBreaker.DEFAULT_OPEN_FOR, SetAsideRule.standard(),
                    Clock.systemUTC());
        }

        /** The same options in another time zone: the hall's, for tracking numbers' dates. */
        public Options withZone(ZoneId hallZone) {
            return new Options(kioskId, dataDirectory, keyDirectory, sealingKeys, backend, hallZone, reserveBytes,
                    space, retry, breakerFailures, breakerOpenFor, setAside, clock);
        }

        public Options withRetry(RetryPolicy policy, int failures, Duration openFor) {
            return new Options(kioskId, dataDirectory, keyDirectory, sealingKeys, backend, zone, reserveBytes, space,
                    policy, failures, openFor, setAside, clock);
        }

        public Options withSpace(FreeSpaceProbe probe, long reserve) {
            return new Options(kioskId, dataDirectory, keyDirectory, sealingKeys, backend, zone, reserve, probe,
                    retry, breakerFailures, breakerOpenFor, setAside, clock);
        }

        /** The same options, setting filings aside by {@code rule}. */
        public Options withSetAside(SetAsideRule rule) {
            return new Options(kioskId, dataDirectory, keyDirectory, sealingKeys, backend, zone, reserveBytes, space,
                    retry, breakerFailures, breakerOpenFor, rule, clock);
        }

        /** The same options on another clock: timestamps, back-off, the circuit and the set-aside rule's age. */
        public Options withClock(Clock other) {
            return new Options(kioskId, dataDirectory, keyDirectory, sealingKeys, backend, zone, reserveBytes, space,
                    retry, breakerFailures, breakerOpenFor, setAside, other);
        }
    }

    private final LookupKey lookupKey;
    private final SealingKeys sealingKeys;
    private final SigningKey signingKey;
    private final Outbox outbox;
    private final ApprovalBackendClient client;
    private final SubmissionDesk desk;
    private final DeliveryWorker worker;
    private final ProgressLookup progress;
    private final ZoneId zone;

    private SubmissionRuntime(Options options) {
        this.zone = options.zone();
        Path keys = options.keyDirectory();
        this.lookupKey = LookupKey.openOrCreate(keys);
        this.signingKey = SigningKey.openOrCreate(keys);
        this.sealingKeys = SealingKeys.open(options.sealingKeys(), options.dataDirectory(), options.clock());
        this.outbox = Outbox.open(options.dataDirectory(), sealingKeys, options.space(), options.reserveBytes(),
                options.clock());
        this.client = new ApprovalBackendClient(options.backend());
        if (sealingKeys.current().isEmpty()) {
            // the first start (or a new pin): ask now, so the first filing need not wait for the worker
            sealingKeys.checkIfDue(client);
        }
        this.desk = new SubmissionDesk(options.kioskId(), outbox, signingKey, lookupKey, options.clock(),
                options.zone());
        this.worker = new DeliveryWorker(outbox, new Delivery(client, outbox, signingKey, sealingKeys), options.retry(),
                new CircuitBreaker(options.breakerFailures(), options.breakerOpenFor(), options.clock()),
                options.setAside(), options.clock());
        this.progress = new ProgressLookup(client, outbox, lookupKey);
    }

    /** Opens everything and starts the delivery worker. */
    public static SubmissionRuntime start(Options options) {
        SubmissionRuntime runtime = new SubmissionRuntime(options);
        runtime.worker.start();
        return runtime;
    }

    public SubmissionDesk desk() {
        return desk;
    }

    public Outbox outbox() {
        return outbox;
    }

    public ApprovalBackendClient client() {
        return client;
    }

    public DeliveryWorker worker() {
        return worker;
    }

    public ProgressLookup progress() {
        return progress;
    }

    /** The kiosk's local zone, for the dates citizens read. */
    public ZoneId zone() {
        return zone;
    }

    public SigningKey signingKey() {
        return signingKey;
    }

    /** The key that finds a citizen's own records by a keyed hash of the ID number. */
    public LookupKey lookupKey() {
        return lookupKey;
    }

    /** The approval system's key new filings are sealed to. */
    public SealingKeys sealingKeys() {
        return sealingKeys;
    }

    @Override
    public void close() {
        worker.close();
        outbox.close();
    }
}
