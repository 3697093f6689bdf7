package org.onetrip.kiosk.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.kiosk.backend.ApprovalBackendClient;
import org.onetrip.kiosk.backend.ApprovalContract.Filing;
import org.onetrip.kiosk.backend.BackendConnection;

/**
 * The reference approval backend on a loopback port as an open test double (plain HTTP, the kiosk
 * is whoever {@code X-Kiosk-Id} names: {@link BackendOptions#openTestDouble()}), with a client for
 * this kiosk: for tests of delivery, issuance and progress, which do not deal with the kiosk's
 * credentials. {@code KioskEnrolmentTest} calls the backend as it runs for kiosks, over mutual TLS.
 */
public final class RunningBackend implements AutoCloseable {

    public static final String KIOSK_ID = "SZ-NS-0001";

    static {
        // the JDK's HTTP server otherwise leaves Nagle on, and every loopback answer waits ~40 ms for a delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());

    public RunningBackend(Path dataDir) {
        backend.start(0, dataDir);
    }

    public ReferenceBackend backend() {
        return backend;
    }

    public BackendConnection connection(Duration callTimeout) {
        return BackendConnection.plain(backend.baseUri(), KIOSK_ID, callTimeout);
    }

    public ApprovalBackendClient client() {
        return new ApprovalBackendClient(connection(Duration.ofSeconds(5)));
    }

    /** The applicant's filings as the backend holds them, newest first. */
    public List<Filing> filingsOf(String idNumber) {
        return client().lookupFilings(idNumber).orElseThrow().filings();
    }

    @Override
    public void close() {
        backend.stop();
    }
}
