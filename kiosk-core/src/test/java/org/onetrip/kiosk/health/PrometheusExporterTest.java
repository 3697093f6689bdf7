package org.onetrip.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;
import org.onetrip.devices.status.DeviceStatus;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.supervision.DeviceView;
import org.onetrip.kiosk.supervision.Offer;
import org.onetrip.kiosk.supervision.OfferedService;

class PrometheusExporterTest {
    private static final Instant T = Instant.parse("2026-11-21T14:00:00Z");

    static HealthSnapshot snapshot() {
        Offer offer = new Offer(Availability.IN_SERVICE, EnumSet.of(OfferedService.CHECK_PROGRESS, OfferedService.FILE_WITH_SCAN),
                List.of("certificatePrinter OFFLINE [PAPER_OUT]"));
        DeviceView reader = new DeviceView("idcard", DeviceRole.ID_CARD_READER, DeviceStatus.of(DeviceState.ONLINE, T),
                Map.of("cardsRead", 3L), Map.of("cardsRead", 120L, "readFailure.NO_CARD", 4L));
        DeviceView printer = new DeviceView("certificate-printer", DeviceRole.CERTIFICATE_PRINTER,
                new DeviceStatus(DeviceState.OFFLINE, Set.of(DeviceReason.PAPER_OUT), T, Optional.of("tray empty")),
                Map.of(), Map.of("paperOuts", 2L));
        return new HealthSnapshot(T, offer, List.of(reader, printer),
                Map.of("kiosk.starts", 7L, "kiosk.restarts", 6L, "kiosk.uptimeSeconds", 86_400L, "submissions.sent", 31L));
    }

    @Test
    void aScrapeOfTheLoopbackPortGetsTheMetricsInTextFormat() throws Exception {
        try (PrometheusExporter exporter = PrometheusExporter.start(0, PrometheusExporterTest::snapshot)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + exporter.port() + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
            assertThat(response.body()).contains(
                    "# HELP onetrip_in_service ",
                    "# TYPE onetrip_in_service gauge\nonetrip_in_service 1.0\n",
                    "onetrip_service_offered{service=\"PRINT_CERTIFICATE\"} 0.0\n",
                    "onetrip_service_offered{service=\"FILE_WITH_SCAN\"} 1.0\n",
                    "onetrip_device_up{device=\"certificate-printer\",role=\"certificatePrinter\"} 0.0\n",
                    "onetrip_device_state{device=\"certificate-printer\",state=\"OFFLINE\"} 1.0\n",
                    "onetrip_device_reason{device=\"certificate-printer\",reason=\"PAPER_OUT\"} 1.0\n",
                    "# TYPE onetrip_device_events_total counter\n",
                    "onetrip_device_events_total{device=\"idcard\",event=\"cardsRead\"} 120.0\n",
                    "onetrip_restarts_total 6.0\n",
                    "onetrip_uptime_seconds_total 86400.0\n",
                    "onetrip_events_total{event=\"submissions.sent\"} 31.0\n");
            assertThat(response.body()).endsWith("\n");
        }
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() throws Exception {
        try (PrometheusExporter exporter = PrometheusExporter.start(0, PrometheusExporterTest::snapshot)) {
            assertThat(exporter.address().getAddress().isLoopbackAddress()).isTrue();
            Optional<java.net.InetAddress> outside = outsideAddress();
            if (outside.isPresent()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(outside.get(), exporter.port()), 2000);
                    }
                }).isInstanceOf(java.io.IOException.class);
            }
        }
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        try (PrometheusExporter exporter = PrometheusExporter.start(0, PrometheusExporterTest::snapshot)) {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + exporter.port());
            assertThat(http.send(HttpRequest.newBuilder(base.resolve("/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            assertThat(http.send(HttpRequest.newBuilder(base.resolve("/metrics")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        }
    }

    @Test
    void itIsOffUnlessAPortIsGiven() {
        assertThat(PrometheusExporter.startIfEnabled(OptionalInt.empty(), PrometheusExporterTest::snapshot)).isEmpty();
    }

    @Test
    void labelValuesAreEscapedByTheLibrary() {
        HealthSnapshot odd = new HealthSnapshot(snapshot().at(), snapshot().offer(), List.of(),
                Map.of("odd\"name\\x", 2L));
        assertThat(PrometheusText.write(odd)).contains("onetrip_events_total{event=\"odd\\\"name\\\\x\"} 2.0");
    }

    /** A non-loopback address of this machine, if it has one. */
    private static Optional<java.net.InetAddress> outsideAddress() throws java.net.SocketException {
        return java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }
}
