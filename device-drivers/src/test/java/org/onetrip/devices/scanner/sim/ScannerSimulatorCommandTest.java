package org.onetrip.devices.scanner.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ScannerSimulatorCommandTest {

    @Test
    void runsUntilStoppedAndIsSteeredOverHttp() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ScannerSimulatorCommand command = new ScannerSimulatorCommand();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> command.run(new String[] {"--port", "0"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        EsclScannerSimulator simulator = command.started().get(10, TimeUnit.SECONDS);
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://127.0.0.1:" + simulator.port() + "/sim/");

        HttpResponse<String> loaded = client.send(HttpRequest.newBuilder(base.resolve("feeder"))
                .POST(HttpRequest.BodyPublishers.ofString("blank corrupt")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(base.resolve("feeder"))
                .POST(HttpRequest.BodyPublishers.ofString("photo")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> jam = client.send(HttpRequest.newBuilder(base.resolve("jam"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        command.stop();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("eSCL scanner simulator at http://127.0.0.1:");
        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(loaded.body()).contains("feeder 7 sheet(s)");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("unknown page 'photo'");
        assertThat(jam.body()).contains("jams at next page");
    }

    @Test
    void aBadPortIsAUsageError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new ScannerSimulatorCommand().run(new String[] {"--port", "70000"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--port must be 0..65535", "usage: sim scanner");
    }
}
