package org.onetrip.devices.scanner.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclCodec;
import org.onetrip.devices.scanner.escl.EsclFormatException;

/**
 * An eSCL scanner on loopback HTTP, with a glass and a sheet feeder, for tests, the demo and training.
 *
 * <p>It answers ScannerCapabilities, ScannerStatus, ScanJobs (POST), {@code ScanJobs/{id}/NextDocument}
 * and DELETE of a job as a driverless scanner does (after AirSane and the Mopria specification): 201 with
 * a Location for a new job, 200 with the page streamed in chunks, 404 when the feeder has run out, 409
 * with the feeder state in ScannerStatus when the feeder is empty, jammed or open, 503 when busy.
 *
 * <p>It is told what to do in Java ({@link #loadFeeder}, {@link #jamAtNextPage}, {@link #goOffline}, ...)
 * or over the same port under {@code /sim/}: {@code POST /sim/feeder} with page words
 * ({@code document blank skewed dark corrupt}), {@code /sim/platen}, {@code /sim/jam}, {@code /sim/cover-open},
 * {@code /sim/busy} with a count, {@code /sim/offline}, {@code /sim/online}, {@code /sim/clear}; {@code GET /sim/state}.
 * Offline, it drops every eSCL connection without an answer, as a scanner that lost its network does.
 */
public final class EsclScannerSimulator implements AutoCloseable {
    private static final String XML = "text/xml";
    private static final String JOBS = "/eSCL/ScanJobs/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final PageRenderer renderer;
    private final String model;
    private final Deque<SimulatedPage> feeder = new ArrayDeque<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private SimulatedPage platen = SimulatedPage.DOCUMENT;
    private boolean jamArmed;
    private boolean jammed;
    private boolean coverOpen;
    private boolean offline;
    private int busyAnswers;
    private int jobCounter;

    private EsclScannerSimulator(HttpServer server, ExecutorService executor, PageRenderer renderer, String model) {
        this.server = server;
        this.executor = executor;
        this.renderer = renderer;
        this.model = model;
    }

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port 0 for any free port
     */
    public static EsclScannerSimulator start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "escl-simulator");
            thread.setDaemon(true);
            return thread;
        });
        EsclScannerSimulator simulator = new EsclScannerSimulator(server, executor, new PageRenderer(), "OneTrip SIM-eSCL A4");
        server.createContext("/eSCL/", simulator::escl);
        server.createContext("/sim/", simulator::command);
        server.setExecutor(executor);
        server.start();
        return simulator;
    }

    /** The eSCL root, e.g. {@code http://127.0.0.1:40123/eSCL/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eSCL/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Puts these sheets in the feeder, after those already there. */
    public synchronized void loadFeeder(List<SimulatedPage> pages) {
        feeder.addAll(pages);
    }

    /** Puts {@code pages} ordinary document sheets in the feeder (1..500), after those already there. */
    public synchronized void loadFeeder(int pages) {
        if (pages < 1 || pages > 500) {
            throw new IllegalArgumentException("pages must be 1..500, was " + pages);
        }
        feeder.addAll(java.util.Collections.nCopies(pages, SimulatedPage.DOCUMENT));
    }

    /** Takes every sheet out of the feeder. */
    public synchronized void emptyFeeder() {
        feeder.clear();
    }

    /** Puts this sheet on the glass; it stays there for every platen job. */
    public synchronized void placeOnPlaten(SimulatedPage page) {
        platen = page;
    }

    /** The next page fetched jams in the feeder; the job is aborted and the feeder reports a jam until cleared. */
    public synchronized void jamAtNextPage() {
        jamArmed = true;
    }

    public synchronized void openCover() {
        coverOpen = true;
    }

    /** The next {@code count} page requests are answered 503 (busy), as while the scanner warms up. */
    public synchronized void answerBusy(int count) {
        busyAnswers = count;
    }

    /**
     * Waits until at most {@code left} of the busy answers ordered by {@link #answerBusy} remain,
     * that is until the scanner has answered 503 often enough.
     *
     * @return false when {@code timeout} passed first
     */
    public synchronized boolean awaitBusyAnswersLeft(int left, java.time.Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (busyAnswers > left) {
            long wait = end - System.nanoTime();
            if (wait <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, wait);
        }
        return true;
    }

    public synchronized void goOffline() {
        offline = true;
    }

    public synchronized void goOnline() {
        offline = false;
    }

    /** Clears a jam, closes the cover, ends busy answers and comes back online. */
    public synchronized void clear() {
        jamArmed = false;
        jammed = false;
        coverOpen = false;
        busyAnswers = 0;
        offline = false;
    }

    public synchronized int sheetsInFeeder() {
        return feeder.size();
    }

    /** How many jobs were cancelled with DELETE. */
    public synchronized long cancelledJobs() {
        return jobs.values().stream().filter(job -> job.state.equals("Canceled")).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void escl(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            synchronized (this) {
                if (offline) {
                    // a scanner that lost its network: the connection ends with no answer
                    return;
                }
            }
            if (method.equals("GET") && path.equals("/eSCL/ScannerCapabilities")) {
                send(exchange, 200, XML, capabilitiesXml().getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("GET") && path.equals("/eSCL/ScannerStatus")) {
                send(exchange, 200, XML, statusXml().getBytes(StandardCharsets.UTF_8));
            } else if (method.equals("POST") && path.equals("/eSCL/ScanJobs")) {
                createJob(exchange);
            } else if (method.equals("GET") && path.startsWith(JOBS) && path.endsWith("/NextDocument")) {
                nextDocument(exchange, path.substring(JOBS.length(), path.length() - "/NextDocument".length()));
            } else if (method.equals("DELETE") && path.startsWith(JOBS)) {
                cancel(exchange, path.substring(JOBS.length()));
            } else {
                send(exchange, method.equals("GET") || method.equals("POST") || method.equals("DELETE") ? 404 : 405, null, new byte[0]);
            }
        }
    }

    private void createJob(HttpExchange exchange) throws IOException {
        ScanRequest request;
        try (InputStream in = exchange.getRequestBody()) {
            request = EsclCodec.scanRequest(in.readNBytes(64 * 1024));
        } catch (EsclFormatException e) {
            send(exchange, 400, "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String location;
        synchronized (this) {
            if (coverOpen || jammed || request.source() == ScanSource.FEEDER && feeder.isEmpty()) {
                send(exchange, 409, null, new byte[0]);
                return;
            }
            if (jobs.values().stream().anyMatch(job -> job.state.equals("Processing"))) {
                send(exchange, 503, null, new byte[0]);
                return;
            }
            String id = Integer.toString(++jobCounter);
            jobs.put(id, new Job(id, request));
            location = JOBS + id;
        }
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 201, null, new byte[0]);
    }

    private void nextDocument(HttpExchange exchange, String id) throws IOException {
        SimulatedPage page;
        ScanRequest request;
        synchronized (this) {
            Job job = jobs.get(id);
            if (job == null || !job.state.equals("Processing")) {
                send(exchange, 404, null, new byte[0]);
                return;
            }
            if (busyAnswers > 0) {
                busyAnswers--;
                notifyAll();
                send(exchange, 503, null, new byte[0]);
                return;
            }
            if (coverOpen) {
                job.state = "Aborted";
                send(exchange, 409, null, new byte[0]);
                return;
            }
            request = job.request;
            if (request.source() == ScanSource.PLATEN) {
                if (job.served > 0) {
                    job.state = "Completed";
                    send(exchange, 404, null, new byte[0]);
                    return;
                }
                page = platen;
            } else {
                if (jamArmed) {
                    jamArmed = false;
                    jammed = true;
                    job.state = "Aborted";
                    send(exchange, 409, null, new byte[0]);
                    return;
                }
                if (feeder.isEmpty()) {
                    job.state = "Completed";
                    send(exchange, 404, null, new byte[0]);
                    return;
                }
                page = feeder.poll();
            }
            job.served++;
        }
        byte[] image = renderer.render(page, request);
        String type = page == SimulatedPage.CORRUPT ? ScanRequest.JPEG : request.format();
        exchange.getResponseHeaders().set("Content-Type", type);
        // chunked, as scanners stream pages while they scan
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int offset = 0; offset < image.length; offset += 64 * 1024) {
                out.write(image, offset, Math.min(64 * 1024, image.length - offset));
            }
        }
    }

    private void cancel(HttpExchange exchange, String id) throws IOException {
        synchronized (this) {
            Job job = jobs.get(id);
            if (job == null || !job.state.equals("Processing")) {
                send(exchange, 404, null, new byte[0]);
                return;
            }
            job.state = "Canceled";
        }
        send(exchange, 200, null, new byte[0]);
    }

    private void command(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/sim/".length());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readNBytes(4096), StandardCharsets.UTF_8).trim();
            }
            try {
                if (exchange.getRequestMethod().equals("GET") && path.equals("state")) {
                    send(exchange, 200, "text/plain", (state() + "\n").getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (!exchange.getRequestMethod().equals("POST")) {
                    send(exchange, 405, null, new byte[0]);
                    return;
                }
                switch (path) {
                    case "feeder" -> {
                        List<SimulatedPage> pages = new ArrayList<>();
                        for (String word : body.split("[\\s,]+")) {
                            if (!word.isEmpty()) {
                                pages.add(SimulatedPage.ofWord(word));
                            }
                        }
                        loadFeeder(pages);
                    }
                    case "platen" -> placeOnPlaten(SimulatedPage.ofWord(body));
                    case "empty" -> emptyFeeder();
                    case "jam" -> jamAtNextPage();
                    case "cover-open" -> openCover();
                    case "busy" -> answerBusy(Integer.parseInt(body.isEmpty() ? "1" : body));
                    case "offline" -> goOffline();
                    case "online" -> goOnline();
                    case "clear" -> clear();
                    default -> {
                        send(exchange, 404, "text/plain", ("unknown command " + path + "\n").getBytes(StandardCharsets.UTF_8));
                        return;
                    }
                }
                send(exchange, 200, "text/plain", (state() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                send(exchange, 400, "text/plain", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** One line for people: feeder, glass, faults. */
    public synchronized String state() {
        return "feeder " + feeder.size() + " sheet(s), platen " + platen.word() + (jammed ? ", JAMMED" : "")
                + (jamArmed ? ", jams at next page" : "") + (coverOpen ? ", COVER OPEN" : "")
                + (offline ? ", OFFLINE" : "") + (busyAnswers > 0 ? ", busy for " + busyAnswers + " request(s)" : "");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String capabilitiesXml() {
        String input = """
                      <scan:SettingProfiles>
                        <scan:SettingProfile>
                          <scan:ColorModes>
                            <scan:ColorMode>RGB24</scan:ColorMode>
                            <scan:ColorMode>Grayscale8</scan:ColorMode>
                          </scan:ColorModes>
                          <scan:DocumentFormats>
                            <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
                            <pwg:DocumentFormat>image/png</pwg:DocumentFormat>
                            <scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>
                            <scan:DocumentFormatExt>image/png</scan:DocumentFormatExt>
                          </scan:DocumentFormats>
                          <scan:SupportedResolutions>
                            <scan:DiscreteResolutions>
                              <scan:DiscreteResolution><scan:XResolution>150</scan:XResolution><scan:YResolution>150</scan:YResolution></scan:DiscreteResolution>
                              <scan:DiscreteResolution><scan:XResolution>200</scan:XResolution><scan:YResolution>200</scan:YResolution></scan:DiscreteResolution>
                              <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
                            </scan:DiscreteResolutions>
                          </scan:SupportedResolutions>
                        </scan:SettingProfile>
                      </scan:SettingProfiles>
                      <scan:MaxWidth>2550</scan:MaxWidth>
                      <scan:MaxHeight>3508</scan:MaxHeight>
                """;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
                  <pwg:Version>2.63</pwg:Version>
                  <pwg:MakeAndModel>%s</pwg:MakeAndModel>
                  <pwg:SerialNumber>SIM0001</pwg:SerialNumber>
                  <scan:Platen>
                    <scan:PlatenInputCaps>
                %s    </scan:PlatenInputCaps>
                  </scan:Platen>
                  <scan:Adf>
                    <scan:AdfSimplexInputCaps>
                %s    </scan:AdfSimplexInputCaps>
                    <scan:FeederCapacity>50</scan:FeederCapacity>
                  </scan:Adf>
                </scan:ScannerCapabilities>
                """.formatted(model, input, input);
    }

    private synchronized String statusXml() {
        boolean processing = jobs.values().stream().anyMatch(job -> job.state.equals("Processing"));
        String adf = jammed ? "ScannerAdfJam" : coverOpen ? "ScannerAdfDoorOpen"
                : feeder.isEmpty() ? "ScannerAdfEmpty" : "ScannerAdfLoaded";
        StringBuilder infos = new StringBuilder();
        for (Job job : jobs.values()) {
            infos.append("""
                        <scan:JobInfo>
                          <pwg:JobUri>%s</pwg:JobUri>
                          <pwg:ImagesCompleted>%d</pwg:ImagesCompleted>
                          <pwg:JobState>%s</pwg:JobState>
                        </scan:JobInfo>
                    """.formatted(JOBS + job.id, job.served, job.state));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scan:ScannerStatus xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
                  <pwg:Version>2.63</pwg:Version>
                  <pwg:State>%s</pwg:State>
                  <scan:AdfState>%s</scan:AdfState>
                  <scan:Jobs>
                %s  </scan:Jobs>
                </scan:ScannerStatus>
                """.formatted(processing ? "Processing" : "Idle", adf, infos);
    }

    /** A job's state; guarded by the simulator. */
    private static final class Job {
        final String id;
        final ScanRequest request;
        int served;
        String state = "Processing";

        Job(String id, ScanRequest request) {
            this.id = id;
            this.request = request;
        }
    }
}
