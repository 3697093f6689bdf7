package org.onetrip.backend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.onetrip.backend.certificate.CertificateDesk;
import org.onetrip.backend.certificate.FetchLicenceHandler;
import org.onetrip.backend.certificate.IssueCertificateHandler;
import org.onetrip.backend.certificate.IssuerKeyHandler;
import org.onetrip.backend.certificate.PrintOutcomeHandler;
import org.onetrip.backend.enrolment.CertificateAuthenticator;
import org.onetrip.backend.enrolment.CertificateRenewalHandler;
import org.onetrip.backend.enrolment.ClientCertificateTrust;
import org.onetrip.backend.enrolment.EnrolmentDesk;
import org.onetrip.backend.enrolment.EnrolmentHandler;
import org.onetrip.backend.enrolment.KioskAuthority;
import org.onetrip.backend.enrolment.KioskRegistry;
import org.onetrip.backend.enrolment.KioskRevocationHandler;
import org.onetrip.backend.fault.FaultAdminHandler;
import org.onetrip.backend.fault.FaultInjector;
import org.onetrip.backend.fault.OutageAdminHandler;
import org.onetrip.backend.fleet.CatalogVersionHandler;
import org.onetrip.backend.fleet.HeartbeatHandler;
import org.onetrip.backend.fleet.KioskUnlockHandler;
import org.onetrip.backend.fleet.JournalAdminHandler;
import org.onetrip.backend.fleet.KioskJournals;
import org.onetrip.backend.fleet.RatingHandler;
import org.onetrip.backend.http.ErrorReplies;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.KioskAuthenticator;
import org.onetrip.backend.http.OperatorToken;
import org.onetrip.backend.http.Payload;
import org.onetrip.backend.http.RequestLimits;
import org.onetrip.backend.payment.NoticeBook;
import org.onetrip.backend.payment.PaymentFaults;
import org.onetrip.backend.payment.PaymentPlatform;
import org.onetrip.backend.payment.PaymentRoutes;
import org.onetrip.backend.http.Route;
import org.onetrip.backend.http.Router;
import org.onetrip.backend.quota.CitizenDataGate;
import org.onetrip.backend.quota.EnrolmentGuesses;
import org.onetrip.backend.registry.CivilRegistry;
import org.onetrip.backend.sealing.RotateSealingKeyHandler;
import org.onetrip.backend.sealing.SealedBody;
import org.onetrip.backend.sealing.SealingKeyHandler;
import org.onetrip.backend.sealing.SealingKeyring;
import org.onetrip.backend.store.BackendStore;
import org.onetrip.backend.store.CertificateState;
import org.onetrip.backend.store.MaterialFiles;
import org.onetrip.backend.submission.CommitSubmissionHandler;
import org.onetrip.backend.submission.CreateSubmissionHandler;
import org.onetrip.backend.submission.EnrolKeyHandler;
import org.onetrip.backend.submission.FilingImport;
import org.onetrip.backend.submission.GetSubmissionHandler;
import org.onetrip.backend.submission.LookupFilingsHandler;
import org.onetrip.backend.submission.SubmissionDesk;
import org.onetrip.backend.submission.UploadFileHandler;
import org.onetrip.backend.transport.ContractErrorPage;
import org.onetrip.backend.transport.HttpListener;
import org.onetrip.backend.transport.JettyExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference approval system: the contract of {@code docs/api/approval-backend.yaml} over
 * HTTPS with kiosk client certificates (see {@link KioskAuthority}, {@link KioskRegistry}), with
 * its own SQLite databases and files in a data directory, and faults that can be switched on at
 * run time ({@link #faults()}, {@link #goDown()}, or the {@code /admin} endpoints, which need the
 * {@linkplain #operatorToken() operator token}). A kiosk enrols with a one-time code from
 * {@link #issueEnrolmentCode}; {@link BackendOptions#openTestDouble()} makes it a plain-HTTP
 * test double without certificates, for component tests only.
 *
 * <p>Lifecycle: {@link #start} once, then any number of {@link #goDown()}/{@link #comeUp()},
 * then {@link #stop()}. Requests are served by Jetty (see {@link HttpListener}) on a bounded
 * pool of daemon threads, within {@link BackendOptions#limits()}.
 */
public final class ReferenceBackend implements AutoCloseable {

    /** Every contract path starts with this. */
    public static final String API_BASE = "/api/v1";

    private static final Logger log = LoggerFactory.getLogger(ReferenceBackend.class);

    private final BackendOptions options;
    private final FaultInjector faults;
    private final Json json;
    private final PaymentFaults paymentFaults = new PaymentFaults();
    private PaymentPlatform payments;
    private BackendStore store;
    private SealingKeyring sealingKeys;
    private Router router;
    private SubmissionDesk submissions;
    private OperatorToken operator;
    private Path operatorTokenFile;
    private Path spool;
    private KioskAuthority authority;
    private KioskRegistry kioskRegistry;
    private Optional<SSLContext> tls = Optional.empty();
    private HttpListener listener;
    private ScheduledExecutorService outages;
    private int port = -1;
    private OutageProgress lastOutage;

    public ReferenceBackend(BackendOptions options) {
        this.options = options;
        this.faults = new FaultInjector(options.faultSeed());
        this.json = new Json(options.limits());
    }

    public ReferenceBackend() {
        this(BackendOptions.defaults());
    }

    /**
     * Opens the data directory (creating it, and the operator token in it unless one was given)
     * and starts listening.
     *
     * @param port    TCP port, or 0 for any free port (see {@link #port()})
     * @param dataDir where the database, received files and operator token live; reused across restarts
     * @throws UncheckedIOException when the port cannot be bound or the directory not created
     * @throws IllegalStateException when the data directory's operator token is unusable
     */
    public synchronized void start(int port, Path dataDir) {
        if (store != null) {
            throw new IllegalStateException("the backend is already started");
        }
        spool = dataDir.resolve("incoming");
        try {
            Files.createDirectories(spool);
            removeLeftovers(spool);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        if (options.operatorToken() != null) {
            operator = OperatorToken.of(options.operatorToken());
            operatorTokenFile = null;
        } else {
            operator = OperatorToken.inDataDirectory(dataDir);
            operatorTokenFile = dataDir.resolve(OperatorToken.FILE_NAME);
        }
        store = new BackendStore(dataDir);
        sealingKeys = SealingKeyring.openOrCreate(dataDir);
        authority = KioskAuthority.openOrCreate(dataDir);
        kioskRegistry = KioskRegistry.open(dataDir);
        boolean mutualTls = options.kioskAuthentication() == BackendOptions.KioskAuthentication.MUTUAL_TLS;
        tls = mutualTls ? Optional.of(authority.serverContext(options.bindAddress(),
                new ClientCertificateTrust(authority.certificate()))) : Optional.empty();
        KioskAuthenticator kiosks = mutualTls ? new CertificateAuthenticator(kioskRegistry, options.clock())
                : KioskAuthenticator.trustingTheHeader();
        payments = new PaymentPlatform(dataDir, json.mapper(), NoticeBook.standard(), paymentFaults, options.clock(),
                options.zone());
        List<Route> served = new java.util.ArrayList<>(routes(store, new MaterialFiles(dataDir)));
        served.addAll(new PaymentRoutes(payments, json).routes());
        router = new Router(served, faults, store, new ErrorReplies(json),
                operator, kiosks, options.limits());
        outages = Executors.newSingleThreadScheduledExecutor(daemonThreads("backend-outage"));
        try {
            listen(port);
        } catch (UncheckedIOException e) {
            stop();
            throw e;
        }
        log.info("reference approval backend listening on {} with data in {}", baseUri(), dataDir);
    }

    /** The bound port; -1 before start. It stays the same across {@link #goDown()}/{@link #comeUp()}. */
    public synchronized int port() {
        return port;
    }

    /** E.g. {@code https://127.0.0.1:18080/api/v1/} ({@code http} for the open test double). */
    public synchronized URI baseUri() {
        String scheme = options.kioskAuthentication() == BackendOptions.KioskAuthentication.MUTUAL_TLS
                ? "https" : "http";
        return URI.create(scheme + "://" + options.bindAddress().getHostAddress() + ":" + port + API_BASE + "/");
    }

    /**
     * The kiosk authority's certificate file ({@code DATA_DIR/kiosk-ca.pem}): the trust store
     * (type PEM) a kiosk is configured with to trust this backend.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public synchronized Path authorityCertificateFile() {
        return started().certificateFile();
    }

    /** The kiosk authority's certificate: the server certificate and every kiosk's certificate chain to it. */
    public synchronized X509Certificate authorityCertificate() {
        return started().certificate();
    }

    /**
     * A new one-time enrolment code for {@code kioskId}, as {@code ./onetrip backend enrol-code}
     * issues one; valid for {@link KioskRegistry#CODE_VALIDITY}.
     *
     * @throws IllegalArgumentException when {@code kioskId} is not a valid kiosk id
     */
    public synchronized KioskRegistry.EnrolmentCode issueEnrolmentCode(String kioskId) {
        started();
        return kioskRegistry.issueCode(kioskId, options.clock().instant());
    }

    /** Whether {@code certificate} is a current (or renewed, not yet used) certificate of an enrolled kiosk here. */
    public synchronized boolean recognises(X509Certificate certificate) {
        started();
        KioskRegistry.Standing standing = kioskRegistry.standing(certificate, options.clock().instant()).standing();
        return standing == KioskRegistry.Standing.CURRENT || standing == KioskRegistry.Standing.PENDING;
    }

    /** Revokes every certificate of {@code kioskId}, as {@code POST /admin/kiosks/{kioskId}:revoke} does. */
    public synchronized int revokeKiosk(String kioskId) {
        started();
        return kioskRegistry.revoke(kioskId, options.clock().instant());
    }

    private KioskAuthority started() {
        if (authority == null || kioskRegistry == null) {
            throw new IllegalStateException("the backend is not started");
        }
        return authority;
    }

    /** The keys kiosks seal filings to; {@code null} before start. */
    public synchronized SealingKeyring sealingKeys() {
        return sealingKeys;
    }

    /**
     * The token the {@code /admin} endpoints require as {@code Authorization: Bearer <token>}.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public synchronized String operatorToken() {
        if (operator == null) {
            throw new IllegalStateException("the backend is not started");
        }
        return operator.value();
    }

    /** The file the operator token is kept in, unless it was given as an option; empty before start. */
    public synchronized Optional<Path> operatorTokenFile() {
        return Optional.ofNullable(operatorTokenFile);
    }

    /**
     * E.g. {@code https://127.0.0.1:18080/pay/v1/}: the reference payment platform
     * ({@code docs/api/payment-platform.yaml}), served beside the approval contract with the same
     * kiosk certificates.
     */
    public synchronized URI paymentBaseUri() {
        return baseUri().resolve(PaymentPlatform.API_BASE + "/");
    }

    /**
     * The reference payment platform, to play the payer ({@link PaymentPlatform#payerScans}) and
     * read statements in tests.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public synchronized PaymentPlatform paymentPlatform() {
        if (payments == null) {
            throw new IllegalStateException("the backend is not started");
        }
        return payments;
    }

    /** The payment platform's injected faults; change them at any time, also before start. */
    public PaymentFaults paymentFaults() {
        return paymentFaults;
    }

    /** The injected faults; change them at any time. */
    public FaultInjector faults() {
        return faults;
    }

    /** Stops accepting connections, keeping all data: clients see "connection refused". */
    public synchronized void goDown() {
        if (listener != null) {
            listener.closeAfter(Duration.ofSeconds(1));
            listener = null;
            log.info("reference approval backend is down (injected)");
        }
    }

    /** Listens again on the same port after {@link #goDown()}. */
    public synchronized void comeUp() {
        if (store == null) {
            throw new IllegalStateException("the backend is not started");
        }
        if (listener == null) {
            listen(port);
            log.info("reference approval backend is up again on port {}", port);
        }
    }

    public synchronized boolean isUp() {
        return listener != null;
    }

    /** The routes being served, for the contract test; empty before start. */
    public synchronized List<Route> routes() {
        return router == null ? List.of() : router.routes();
    }

    /** Stops listening, waits for nothing, closes the database. Safe to call twice. */
    public synchronized void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        if (outages != null) {
            outages.shutdownNow();
            awaitQuietly(outages);
            outages = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        if (payments != null) {
            payments.close();
            payments = null;
        }
        sealingKeys = null;
        if (kioskRegistry != null) {
            kioskRegistry.close();
            kioskRegistry = null;
        }
        authority = null;
        router = null;
        submissions = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void listen(int requestedPort) {
        RequestLimits limits = options.limits();
        HttpListener opened = HttpListener.open(options.bindAddress(), requestedPort, limits, tls,
                new JettyExchange(router, limits, spool), new ContractErrorPage(new ErrorReplies(json), limits));
        listener = opened;
        port = opened.port();
    }

    private static void removeLeftovers(Path spool) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(spool)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** An outage under way: {@code down} completes when connections are refused, {@code up} when they are served again. */
    public record OutageProgress(CompletableFuture<Void> down, CompletableFuture<Void> up) {
    }

    /**
     * Goes down now, in the background, and comes up again after {@code duration}. Returns
     * at once, so a request that asks for an outage still gets its answer.
     */
    public OutageProgress goDownFor(Duration duration) {
        OutageProgress progress = new OutageProgress(new CompletableFuture<>(), new CompletableFuture<>());
        ScheduledExecutorService scheduler;
        synchronized (this) {
            scheduler = outages;
            lastOutage = progress;
        }
        if (scheduler == null) {
            throw new IllegalStateException("the backend is not started");
        }
        scheduler.execute(() -> {
            goDown();
            progress.down().complete(null);
        });
        scheduler.schedule(() -> {
            synchronized (this) {
                if (store != null) {
                    comeUp();
                }
            }
            progress.up().complete(null);
        }, duration.toMillis(), TimeUnit.MILLISECONDS);
        return progress;
    }

    /** The most recent outage asked for with {@link #goDownFor}, if any. */
    public synchronized Optional<OutageProgress> lastOutage() {
        return Optional.ofNullable(lastOutage);
    }

    /**
     * Files a filing a kiosk exported by hand ({@code docs/api/exported-filing.md}) into this running
     * backend, exactly once: a filing already filed (imported before, or delivered by the kiosk) is
     * answered with its acceptance number.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public FilingImport.Outcome importFiling(Path exported) {
        FilingImport importer;
        synchronized (this) {
            if (submissions == null) {
                throw new IllegalStateException("the backend is not started");
            }
            importer = new FilingImport(submissions, spool);
        }
        return importer.importFrom(exported);
    }

    /**
     * Files an exported filing into the backend whose data directory is {@code dataDir}, whether that
     * backend runs or not ({@code ./onetrip backend import FILE}). Two imports of the same filing, or an
     * import racing the kiosk's own delivery, still make one filing: the database holds one per
     * submission id.
     *
     * @throws IllegalStateException when {@code dataDir} holds no backend (no database or sealing keys)
     */
    public static FilingImport.Outcome importFiling(BackendOptions options, Path dataDir, Path exported) {
        if (!Files.isRegularFile(BackendStore.fileIn(dataDir)) || !SealingKeyring.isIn(dataDir)) {
            throw new IllegalStateException(dataDir.toAbsolutePath() + " holds no reference backend's data"
                    + " (backend.db and its sealing keys); give the backend's --data DIR");
        }
        try (BackendStore store = new BackendStore(dataDir)) {
            SubmissionDesk desk = submissionDesk(options, new Json(options.limits()), store, new MaterialFiles(dataDir),
                    SealingKeyring.openOrCreate(dataDir), new CivilRegistry(),
                    new CitizenDataGate(options.quotas(), options.clock()));
            return new FilingImport(desk, dataDir.resolve("incoming")).importFrom(exported);
        }
    }

    private static SubmissionDesk submissionDesk(BackendOptions options, Json json, BackendStore db,
                                                 MaterialFiles files, SealingKeyring keys, CivilRegistry registry,
                                                 CitizenDataGate citizenData) {
        return new SubmissionDesk(db, files, json, options.clock(), options.zone(), options.review(), registry,
                options.acceptancePrefix(), citizenData, new SealedBody(keys));
    }

    private List<Route> routes(BackendStore db, MaterialFiles files) {
        CivilRegistry registry = new CivilRegistry();
        CitizenDataGate citizenData = new CitizenDataGate(options.quotas(), options.clock());
        submissions = submissionDesk(options, json, db, files, sealingKeys, registry, citizenData);
        CertificateDesk certificates = new CertificateDesk(db, json, options.clock(), options.zone(), registry,
                options.pdfCertificateTypes(), citizenData);
        EnrolmentDesk enrolments = new EnrolmentDesk(authority, kioskRegistry,
                new EnrolmentGuesses(options.quotas(), options.clock()), json, options.clock());
        FaultAdminHandler faultAdmin = new FaultAdminHandler(faults, json);
        KioskJournals journals = new KioskJournals(db);
        String api = API_BASE;
        return List.of(
                new Route("POST", api + "/enrolments", Guard.ENROLMENT, Payload.JSON, new EnrolmentHandler(enrolments)),
                new Route("POST", api + "/kiosks/{kioskId}/certificate", Guard.REPLAYED, Payload.JSON,
                        new CertificateRenewalHandler(enrolments)),
                new Route("POST", api + "/kiosks/{kioskId}/keys", Guard.MUTATING, Payload.JSON,
                        new EnrolKeyHandler(submissions)),
                new Route("PUT", api + "/submissions/{submissionId}", Guard.MUTATING, Payload.SEALED,
                        new CreateSubmissionHandler(submissions)),
                new Route("GET", api + "/submissions/{submissionId}", Guard.READ, Payload.NONE,
                        new GetSubmissionHandler(submissions)),
                new Route("PUT", api + "/submissions/{submissionId}/files/{fileName}", Guard.MUTATING, Payload.FILE,
                        new UploadFileHandler(submissions)),
                new Route("POST", api + "/submissions/{submissionId}/commit", Guard.MUTATING, Payload.JSON,
                        new CommitSubmissionHandler(submissions)),
                new Route("POST", api + "/applicants/filings:lookup", Guard.READ, Payload.JSON,
                        new LookupFilingsHandler(submissions)),
                new Route("POST", api + "/licences:fetch", Guard.READ, Payload.JSON,
                        new FetchLicenceHandler(certificates)),
                new Route("POST", api + "/certificates:issue", Guard.REPLAYED, Payload.JSON,
                        new IssueCertificateHandler(certificates)),
                new Route("GET", api + "/certificates/issuer-key", Guard.READ, Payload.NONE,
                        new IssuerKeyHandler(certificates)),
                new Route("POST", api + "/certificates/{verificationCode}/printed", Guard.MUTATING, Payload.JSON,
                        new PrintOutcomeHandler(certificates, CertificateState.PRINTED)),
                new Route("POST", api + "/certificates/{verificationCode}/failed", Guard.MUTATING, Payload.JSON,
                        new PrintOutcomeHandler(certificates, CertificateState.PRINT_FAILED)),
                new Route("GET", api + "/sealing-keys", Guard.READ, Payload.NONE,
                        new SealingKeyHandler(sealingKeys, json)),
                new Route("GET", api + "/catalog/version", Guard.READ, Payload.NONE, new CatalogVersionHandler(json,
                        new CatalogVersionHandler.CatalogVersion(options.catalogVersion(),
                                options.catalogPublishedAt().toString()))),
                new Route("POST", api + "/kiosks/{kioskId}/heartbeats", Guard.REPLAYED, Payload.JSON,
                        new HeartbeatHandler(db, journals, json, options.clock(), options.heartbeatInterval())),
                new Route("POST", api + "/ratings", Guard.REPLAYED, Payload.JSON,
                        new RatingHandler(db, json, options.clock())),
                new Route("GET", "/admin/faults", Guard.ADMIN, Payload.NONE, faultAdmin),
                new Route("POST", "/admin/faults", Guard.ADMIN, Payload.JSON, faultAdmin),
                new Route("DELETE", "/admin/faults", Guard.ADMIN, Payload.NONE, faultAdmin),
                new Route("POST", "/admin/sealing-keys:rotate", Guard.ADMIN, Payload.NONE,
                        new RotateSealingKeyHandler(sealingKeys, json)),
                new Route("POST", "/admin/down", Guard.ADMIN, Payload.JSON,
                        new OutageAdminHandler(this::goDownFor, json)),
                new Route("POST", "/admin/kiosks/{kioskId}:revoke", Guard.ADMIN, Payload.NONE,
                        new KioskRevocationHandler(enrolments)),
                new Route("POST", "/admin/kiosks/{kioskId}:unlock", Guard.ADMIN, Payload.NONE,
                        new KioskUnlockHandler(db, json, options.clock())),
                new Route("GET", "/admin/journals", Guard.ADMIN, Payload.NONE, new JournalAdminHandler(journals, json)));
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
