package org.onetrip.backend;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.onetrip.backend.certificate.CertificateDesk;
import org.onetrip.backend.certificate.FetchLicenceHandler;
import org.onetrip.backend.certificate.IssueCertificateHandler;
import org.onetrip.backend.certificate.IssuerKeyHandler;
import org.onetrip.backend.certificate.PrintOutcomeHandler;
import org.onetrip.backend.fault.FaultAdminHandler;
import org.onetrip.backend.fault.FaultInjector;
import org.onetrip.backend.fault.OutageAdminHandler;
import org.onetrip.backend.fleet.CatalogVersionHandler;
import org.onetrip.backend.fleet.HeartbeatHandler;
import org.onetrip.backend.fleet.RatingHandler;
import org.onetrip.backend.http.Guard;
import org.onetrip.backend.http.Json;
import org.onetrip.backend.http.Route;
import org.onetrip.backend.http.Router;
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
import org.onetrip.backend.submission.GetSubmissionHandler;
import org.onetrip.backend.submission.LookupFilingsHandler;
import org.onetrip.backend.submission.SubmissionDesk;
import org.onetrip.backend.submission.UploadFileHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference approval system: the contract of {@code docs/api/approval-backend.yaml} over
 * HTTP, with its own SQLite database and files in a data directory, and faults that can be
 * switched on at run time ({@link #faults()}, {@link #goDown()}, or the test-only
 * {@code /admin} endpoints).
 *
 * <p>Lifecycle: {@link #start} once, then any number of {@link #goDown()}/{@link #comeUp()},
 * then {@link #stop()}. Requests are served on a small pool of daemon threads.
 */
public final class ReferenceBackend implements AutoCloseable {

    /** Every contract path starts with this. */
    public static final String API_BASE = "/api/v1";

    private static final Logger log = LoggerFactory.getLogger(ReferenceBackend.class);

    private final BackendOptions options;
    private final FaultInjector faults;
    private final Json json = new Json();
    private BackendStore store;
    private SealingKeyring sealingKeys;
    private Router router;
    private HttpServer server;
    private ExecutorService workers;
    private ScheduledExecutorService outages;
    private int port = -1;
    private OutageProgress lastOutage;

    public ReferenceBackend(BackendOptions options) {
        this.options = options;
        this.faults = new FaultInjector(options.faultSeed());
    }

    public ReferenceBackend() {
        this(BackendOptions.defaults());
    }

    /**
     * Opens the data directory (creating it) and starts listening.
     *
     * @param port    TCP port, or 0 for any free port (see {@link #port()})
     * @param dataDir where the database and received files live; reused across restarts
     * @throws UncheckedIOException when the port cannot be bound or the directory not created
     */
    public synchronized void start(int port, Path dataDir) {
        if (store != null) {
            throw new IllegalStateException("the backend is already started");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        store = new BackendStore(dataDir);
        sealingKeys = SealingKeyring.openOrCreate(dataDir);
        router = new Router(routes(store, new MaterialFiles(dataDir)), faults, store, json);
        workers = Executors.newFixedThreadPool(8, daemonThreads("backend-http"));
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

    /** E.g. {@code http://127.0.0.1:18080/api/v1/}. */
    public synchronized URI baseUri() {
        return URI.create("http://" + options.bindAddress().getHostAddress() + ":" + port + API_BASE + "/");
    }

    /** The keys kiosks seal filings to; {@code null} before start. */
    public synchronized SealingKeyring sealingKeys() {
        return sealingKeys;
    }

    /** The injected faults; change them at any time. */
    public FaultInjector faults() {
        return faults;
    }

    /** Stops accepting connections, keeping all data: clients see "connection refused". */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(1);
            server = null;
            log.info("reference approval backend is down (injected)");
        }
    }

    /** Listens again on the same port after {@link #goDown()}. */
    public synchronized void comeUp() {
        if (store == null) {
            throw new IllegalStateException("the backend is not started");
        }
        if (server == null) {
            listen(port);
            log.info("reference approval backend is up again on port {}", port);
        }
    }

    public synchronized boolean isUp() {
        return server != null;
    }

    /** The routes being served, for the contract test; empty before start. */
    public synchronized List<Route> routes() {
        return router == null ? List.of() : router.routes();
    }

    /** Stops listening, waits for nothing, closes the database. Safe to call twice. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (outages != null) {
            outages.shutdownNow();
            outages = null;
        }
        if (workers != null) {
            workers.shutdownNow();
            awaitQuietly(workers);
            workers = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        sealingKeys = null;
        router = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void listen(int requestedPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(options.bindAddress(), requestedPort), 64);
            s.createContext("/", router);
            s.setExecutor(workers);
            s.start();
            server = s;
            port = s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + requestedPort, e);
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

    private List<Route> routes(BackendStore db, MaterialFiles files) {
        CivilRegistry registry = new CivilRegistry();
        SubmissionDesk submissions = new SubmissionDesk(db, files, json, options.clock(), options.zone(),
                options.review(), registry, options.acceptancePrefix(), new SealedBody(sealingKeys));
        CertificateDesk certificates = new CertificateDesk(db, json, options.clock(), options.zone(), registry,
                options.pdfCertificateTypes());
        FaultAdminHandler faultAdmin = new FaultAdminHandler(faults, json);
        String api = API_BASE;
        return List.of(
                new Route("POST", api + "/kiosks/{kioskId}/keys", Guard.MUTATING, new EnrolKeyHandler(submissions)),
                new Route("PUT", api + "/submissions/{submissionId}", Guard.MUTATING,
                        new CreateSubmissionHandler(submissions)),
                new Route("GET", api + "/submissions/{submissionId}", Guard.READ, new GetSubmissionHandler(submissions)),
                new Route("PUT", api + "/submissions/{submissionId}/files/{fileName}", Guard.MUTATING,
                        new UploadFileHandler(submissions)),
                new Route("POST", api + "/submissions/{submissionId}/commit", Guard.MUTATING,
                        new CommitSubmissionHandler(submissions)),
                new Route("POST", api + "/applicants/filings:lookup", Guard.READ,
                        new LookupFilingsHandler(submissions)),
                new Route("POST", api + "/licences:fetch", Guard.READ, new FetchLicenceHandler(certificates)),
                new Route("POST", api + "/certificates:issue", Guard.REPLAYED,
                        new IssueCertificateHandler(certificates)),
                new Route("GET", api + "/certificates/issuer-key", Guard.READ, new IssuerKeyHandler(certificates)),
                new Route("POST", api + "/certificates/{verificationCode}/printed", Guard.MUTATING,
                        new PrintOutcomeHandler(certificates, CertificateState.PRINTED)),
                new Route("POST", api + "/certificates/{verificationCode}/failed", Guard.MUTATING,
                        new PrintOutcomeHandler(certificates, CertificateState.PRINT_FAILED)),
                new Route("GET", api + "/sealing-keys", Guard.READ, new SealingKeyHandler(sealingKeys, json)),
                new Route("GET", api + "/catalog/version", Guard.READ, new CatalogVersionHandler(json,
                        new CatalogVersionHandler.CatalogVersion(options.catalogVersion(),
                                options.catalogPublishedAt().toString()))),
                new Route("POST", api + "/kiosks/{kioskId}/heartbeats", Guard.REPLAYED,
                        new HeartbeatHandler(db, json, options.clock(), options.heartbeatInterval())),
                new Route("POST", api + "/ratings", Guard.REPLAYED, new RatingHandler(db, json, options.clock())),
                new Route("GET", "/admin/faults", Guard.ADMIN, faultAdmin),
                new Route("POST", "/admin/faults", Guard.ADMIN, faultAdmin),
                new Route("DELETE", "/admin/faults", Guard.ADMIN, faultAdmin),
                new Route("POST", "/admin/sealing-keys:rotate", Guard.ADMIN,
                        new RotateSealingKeyHandler(sealingKeys, json)),
                new Route("POST", "/admin/down", Guard.ADMIN, new OutageAdminHandler(this::goDownFor, json)));
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
