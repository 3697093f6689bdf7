package org.onetrip.devices.scanner.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.folder.FolderSettings;
import org.onetrip.devices.scanner.image.PageStandard;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.PageRenderer;
import org.onetrip.devices.scanner.sim.SimulatedPage;

class ScannerDiagnosisTest {
    @TempDir
    Path camera;
    private EsclScannerSimulator simulator;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ScannerDiagnosis diagnosis = new ScannerDiagnosis(Clock.systemUTC(),
            new EsclSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 2, Duration.ofMillis(10)),
            new FolderSettings(Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofMillis(600), 300),
            PageStandard.defaults());

    @BeforeAll
    static void noDelayedAcks() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @BeforeEach
    void start() throws IOException {
        simulator = EsclScannerSimulator.start(0);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void scansOnePageFromTheGlassAndReportsItAsJson() {
        int code = diagnosis.run(new String[] {"--escl", simulator.url().toString(), "--json"}, out);

        String json = output();
        assertThat(code).isEqualTo(ScannerDiagnosis.SCANNED);
        assertThat(json).startsWith("{\"scanner\":\"" + simulator.url() + "\",\"state\":\"ONLINE\"")
                .contains("\"pages\":1", "\"widthPx\":2480", "\"heightPx\":3508", "\"dpi\":300", "\"blank\":false");
    }

    @Test
    void reportsABlankPageFromTheFeeder() {
        simulator.loadFeeder(List.of(SimulatedPage.BLANK, SimulatedPage.DOCUMENT));

        int code = diagnosis.run(new String[] {"--escl", simulator.url().toString(), "--feeder"}, out);

        assertThat(code).isEqualTo(ScannerDiagnosis.SCANNED);
        assertThat(output()).contains("pages    1", "blank    true", "2480 x 3508 px at 300 dpi");
        assertThat(simulator.cancelledJobs()).as("the rest of the feeder is left alone").isEqualTo(1);
    }

    @Test
    void noPageFromAnEmptyFeederIsAFailure() {
        int code = diagnosis.run(new String[] {"--escl", simulator.url().toString(), "--feeder", "--json"}, out);

        assertThat(code).isEqualTo(ScannerDiagnosis.NO_PAGE);
        assertThat(output()).contains("\"pages\":0", "\"failure\":\"FEEDER_EMPTY\"", "\"reasons\":[\"FEEDER_EMPTY\"]");
    }

    @Test
    void anOfflineScannerIsAFailure() {
        simulator.goOffline();

        int code = diagnosis.run(new String[] {"--escl", simulator.url().toString(), "--json"}, out);

        assertThat(code).isEqualTo(ScannerDiagnosis.NO_PAGE);
        assertThat(output()).contains("\"state\":\"OFFLINE\"", "\"pages\":0", "\"failure\":\"SCANNER_OFFLINE\"");
    }

    @Test
    void aFolderPageIsTakenAndAnEmptyFolderIsAFailure() throws Exception {
        assertThat(diagnosis.run(new String[] {"--folder", camera.toString(), "--json"}, out)).isEqualTo(ScannerDiagnosis.NO_PAGE);
        assertThat(output()).contains("\"pages\":0", "\"failure\":\"NO_PAGE\"");

        bytes.reset();
        byte[] page = new PageRenderer().render(SimulatedPage.DOCUMENT, ScanRequest.jpeg(ScanSource.PLATEN, 150,
                ScanColorMode.GRAYSCALE));
        Thread device = new Thread(() -> {
            try {
                // the camera writes its picture once the diagnosis is watching
                Thread.sleep(500);
                Files.write(camera.resolve("IMG_0001.jpg"), page);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        device.start();
        int code = diagnosis.run(new String[] {"--folder", camera.toString(), "--json"}, out);
        device.join();

        assertThat(code).as(output()).isEqualTo(ScannerDiagnosis.SCANNED);
        assertThat(output()).contains("\"pages\":1", "\"widthPx\":1240", "\"dpi\":150", "\"blank\":false");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThat(diagnosis.run(new String[] {}, out)).isEqualTo(ScannerDiagnosis.USAGE);
        assertThat(diagnosis.run(new String[] {"--escl", "ftp://x"}, out)).isEqualTo(ScannerDiagnosis.USAGE);
        assertThat(diagnosis.run(new String[] {"--escl"}, out)).isEqualTo(ScannerDiagnosis.USAGE);
        assertThat(diagnosis.run(new String[] {"--escl", "http://a/eSCL/", "--folder", "/tmp"}, out))
                .isEqualTo(ScannerDiagnosis.USAGE);
        assertThat(output()).contains("say which scanner", "--escl must be a URL", "--escl needs", "usage: diag scanner");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
