package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceBackendCommandTest {

    @TempDir
    Path data;

    @Test
    void runsUntilInterruptedAndPrintsItsUrl() throws Exception {
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        PrintStream out = new PrintStream(new LineWatcher(firstLine), true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread runner = new Thread(() -> exit.complete(new ReferenceBackendCommand()
                .run(new String[] {"--port", "0", "--data", data.resolve("db").toString()}, out)));
        runner.start();

        String line = firstLine.get(10, TimeUnit.SECONDS);
        Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/api/v1/)").matcher(line);
        assertThat(url.find()).as(line).isTrue();
        HttpResponse<String> version = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "catalog/version")).header("X-Kiosk-Id", "K1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(Files.exists(data.resolve("db/backend.db"))).isTrue();

        runner.interrupt();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWith2() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        assertThat(new ReferenceBackendCommand().run(new String[] {"--port", "eighty"}, out)).isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"--port", "70000"}, out)).isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"--data"}, out)).isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"--verbose"}, out)).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("--port must be a number 0..65535",
                "unknown or incomplete option: --verbose", "usage: onetrip backend");
    }

    @Test
    void aPortInUseIsReportedWithExit1() throws Exception {
        try (ReferenceBackend busy = new ReferenceBackend()) {
            busy.start(0, data.resolve("first"));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            int exit = new ReferenceBackendCommand().run(new String[] {"--port", Integer.toString(busy.port()),
                "--data", data.resolve("second").toString()}, new PrintStream(buffer, true, StandardCharsets.UTF_8));

            assertThat(exit).isEqualTo(1);
            assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("cannot start the reference backend");
        }
    }

    /** Completes with the first full line written. */
    private static final class LineWatcher extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final CompletableFuture<String> firstLine;

        LineWatcher(CompletableFuture<String> firstLine) {
            this.firstLine = firstLine;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                firstLine.complete(line.toString(StandardCharsets.UTF_8));
            } else {
                line.write(b);
            }
        }
    }
}
