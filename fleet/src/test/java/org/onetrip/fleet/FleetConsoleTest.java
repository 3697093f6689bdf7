package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.fleet.console.FleetConsole;
import org.onetrip.fleet.sim.FleetSimulation;

/**
 * The fleet console in headless Chromium: the page lists every simulated kiosk with its alerts,
 * a command from the kiosk's page is acknowledged, and the screenshots are kept in
 * {@code target/fleet-console/} to look at.
 */
class FleetConsoleTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private LocalBroker broker;
    private FleetSimulation fleet;
    private FleetWatch watch;
    private FleetOperator operator;
    private FleetConsole console;
    private final FleetJson json = new FleetJson();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (./onetrip test installs it)");
        broker = LocalBroker.start(dir.resolve("broker"));
        BrokerClients clients = new BrokerClients(broker.address(), new BrokerLogin.Anonymous());
        OperatorKey key = OperatorKey.generate(json);
        fleet = new FleetSimulation(clients, key.publicKey(), dir.resolve("spools"),
                new FleetSimulation.Settings(30, "north", Duration.ZERO, 0, 1, Duration.ofMinutes(1)), Clock.systemUTC());
        fleet.start();
        watch = new FleetWatch(clients, Optional.empty(), Clock.systemUTC(), json).startAndWait(WITHIN);
        operator = new FleetOperator(clients, key, Clock.systemUTC(), json).startAndWait(WITHIN);
        console = FleetConsole.start(0, watch, Optional.of(operator), Duration.ofSeconds(15), json);
        Eventually.until("30 kiosks with a status", WITHIN, () -> watch.kiosks().stream()
                .filter(k -> k.online() && k.status().isPresent()).count() == 30);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {console, operator, watch, fleet}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void thePageListsEveryKioskWithItsAlertsAndACommandIsAcknowledged() throws Exception {
        fleet.kiosk("sim-0007").orElseThrow().fail("receipt-printer", "PAPER_OUT");
        fleet.kiosk("sim-0012").orElseThrow().fail("receipt-printer", "PAPER_NEAR_END");
        Eventually.until("the paper alerts in the API", WITHIN, () -> watch.kiosk("sim-0012")
                .map(KioskRecord::alerts).orElse(List.of()).contains("receipt-printer: PAPER_NEAR_END"));

        String dom = chromium("--dump-dom", "http://127.0.0.1:" + console.port() + "/");
        assertThat(dom).contains("30 kiosks, 30 online, 2 with alerts");
        assertThat(dom).contains("data-kiosk=\"sim-0030\"");
        assertThat(dom).contains("receipt-printer OFFLINE [PAPER_OUT]");
        screenshot("fleet.png", "http://127.0.0.1:" + console.port() + "/");

        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + console.port() + "/api/kiosks/sim-0007/commands"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"out-of-service\",\"arguments\":[]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("\"outcome\":\"DONE\"");
        Eventually.until("out of service on the console", WITHIN, () -> watch.kiosk("sim-0007")
                .map(KioskRecord::state).orElse("").equals("OUT_OF_SERVICE"));
        String kiosk = chromium("--dump-dom", "http://127.0.0.1:" + console.port() + "/kiosk.html?id=sim-0007");
        assertThat(kiosk).contains("Kiosk sim-0007 (north / hall-01)", "OUT_OF_SERVICE", "PAPER_OUT", "DEVICE_FAULT",
                "COMMAND");
        screenshot("kiosk.png", "http://127.0.0.1:" + console.port() + "/kiosk.html?id=sim-0007");
    }

    @Test
    void aTechnicianSeesThePaperRunOutPressesOutOfServiceAndSeesItAcknowledged() throws Exception {
        String url = "http://127.0.0.1:" + console.port();
        try (DevToolsPage fleetPage = DevToolsPage.open(CHROMIUM, Files.createTempDirectory(dir, "chromium"), url + "/")) {
            Eventually.until("the list on the page", WITHIN, () -> text(fleetPage, "document.getElementById('counts').textContent")
                    .startsWith("30 kiosks, 30 online, 0 with alerts"));
            long raised = System.nanoTime();
            fleet.kiosk("sim-0021").orElseThrow().fail("receipt-printer", "PAPER_OUT");
            Eventually.until("the paper alert on the page", WITHIN, () -> text(fleetPage,
                    "document.querySelector('tr[data-kiosk=sim-0021]').textContent").contains("PAPER_OUT"));
            assertThat(Duration.ofNanos(System.nanoTime() - raised)).isLessThan(Duration.ofSeconds(2));
            fleetPage.evaluate("document.getElementById('alerting').click()");
            Eventually.until("only the kiosk with an alert", WITHIN, () -> text(fleetPage,
                    "document.getElementById('counts').textContent").endsWith("showing 1"));
            fleetPage.screenshot(Path.of("target", "fleet-console", "paper-out.png"));
        }
        try (DevToolsPage kioskPage = DevToolsPage.open(CHROMIUM, Files.createTempDirectory(dir, "chromium"),
                url + "/kiosk.html?id=sim-0021")) {
            Eventually.until("the kiosk's devices", WITHIN, () -> text(kioskPage,
                    "document.getElementById('devices').textContent").contains("PAPER_OUT"));
            kioskPage.evaluate("document.querySelector('button[data-command=\"out-of-service\"]').click()");
            Eventually.until("the acknowledgement on the page", WITHIN, () -> text(kioskPage,
                    "document.getElementById('ack').textContent").equals("out-of-service: DONE (out of service)"));
            Eventually.until("out of service on the page", WITHIN, () -> text(kioskPage,
                    "document.getElementById('summary').textContent").contains("OUT_OF_SERVICE"));
            kioskPage.screenshot(Path.of("target", "fleet-console", "acknowledged.png"));
        }
        assertThat(fleet.kiosk("sim-0021").orElseThrow().status().inService()).isFalse();
    }

    private static String text(DevToolsPage page, String expression) {
        try {
            return page.evaluate("(() => { try { return " + expression + "; } catch (e) { return ''; } })()");
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void anotherHostNameIsRefused() throws Exception {
        // a page elsewhere that made its name point at 127.0.0.1 sends its own name as Host
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", console.port())) {
            socket.getOutputStream().write(("GET /api/kiosks HTTP/1.1\r\nHost: evil.example:" + console.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(answer).startsWith("HTTP/1.1 403");
        }
    }

    private void screenshot(String name, String url) throws Exception {
        Path shots = Path.of("target", "fleet-console");
        Files.createDirectories(shots);
        chromium("--screenshot=" + shots.resolve(name).toAbsolutePath(), "--window-size=1280,900", url);
        assertThat(Files.size(shots.resolve(name))).isGreaterThan(1000);
    }

    /** Headless Chromium with a fresh profile, nothing but loopback, the page given 3 s of its own time. */
    private String chromium(String... what) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"),
                "--virtual-time-budget=3000"));
        command.addAll(List.of(what));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium ends").isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }
}
