package org.onetrip.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.enrolment.KioskAuthority;

class ReferenceBackendCommandTest {

    @TempDir
    Path data;

    @Test
    void runsUntilInterruptedAndPrintsItsUrl() throws Exception {
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        PrintStream out = new PrintStream(new LineWatcher(firstLine::complete), true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread runner = new Thread(() -> exit.complete(new ReferenceBackendCommand()
                .run(new String[] {"--port", "0", "--data", data.resolve("db").toString()}, out)));
        runner.start();

        String line = firstLine.get(10, TimeUnit.SECONDS);
        Matcher url = Pattern.compile("(https://127\\.0\\.0\\.1:\\d+/api/v1/)").matcher(line);
        assertThat(url.find()).as(line).isTrue();
        URI base = URI.create(url.group(1));
        X509Certificate authority = authorityIn(data.resolve("db"));
        HttpRequest version = HttpRequest.newBuilder(URI.create(base + "catalog/version")).header("X-Kiosk-Id", "K1")
                .build();
        assertThat(KioskCredentials.stranger(authority).send(version, HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("a caller without a kiosk certificate").isEqualTo(401);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int issued = new ReferenceBackendCommand().run(new String[] {"enrol-code", "--kiosk", "K1", "--data",
            data.resolve("db").toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(issued).isZero();
        KioskCredentials enrolled = KioskCredentials.enrol(base, authority, "K1", codeIn(printed));

        assertThat(enrolled.client().send(version, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(Files.exists(data.resolve("db/backend.db"))).isTrue();

        runner.interrupt();
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void takesTheOperatorTokenFromAFileAndSaysWhereItIs() throws Exception {
        Path tokenFile = data.resolve("token");
        Files.writeString(tokenFile, "hall-operator-token-0123456789\n");
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<String> tokenLine = new CompletableFuture<>();
        PrintStream out = new PrintStream(new LineWatcher(line -> {
            lines.add(line);
            if (line.startsWith("operator token")) {
                tokenLine.complete(line);
            }
        }), true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread runner = new Thread(() -> exit.complete(new ReferenceBackendCommand().run(new String[] {"--port", "0",
            "--data", data.resolve("db").toString(), "--operator-token-file", tokenFile.toString()}, out)));
        runner.start();

        assertThat(tokenLine.get(10, TimeUnit.SECONDS)).contains(tokenFile.toAbsolutePath().toString())
                .doesNotContain("hall-operator-token-0123456789");
        Matcher url = Pattern.compile("https://127\\.0\\.0\\.1:(\\d+)/").matcher(lines.get(0));
        assertThat(url.find()).as(lines.get(0)).isTrue();
        HttpResponse<String> faults = KioskCredentials.stranger(authorityIn(data.resolve("db"))).send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + url.group(1) + "/admin/faults"))
                .header("Authorization", "Bearer hall-operator-token-0123456789").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(faults.statusCode()).isEqualTo(200);
        assertThat(data.resolve("db/operator-token")).doesNotExist();

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
    void enrolCodePrintsAOneTimeCodeForTheKioskWhileNoBackendRuns() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new ReferenceBackendCommand().run(new String[] {"enrol-code", "--kiosk", "SZ-NS-0001", "--data",
            data.resolve("db").toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(text).contains("enrolment code for kiosk SZ-NS-0001: ", "valid once, for this kiosk only, until ",
                "./onetrip enrol --code ", data.resolve("db/kiosk-ca.pem").toAbsolutePath().toString());
        assertThat(codeIn(printed)).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        try (ReferenceBackend backend = new ReferenceBackend()) {
            backend.start(0, data.resolve("db"));
            KioskCredentials enrolled = KioskCredentials.enrol(backend.baseUri(), backend.authorityCertificate(),
                    "SZ-NS-0001", codeIn(printed));
            assertThat(backend.recognises(enrolled.certificate())).isTrue();
        }
    }

    @Test
    void enrolCodeNeedsAValidKioskId() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        assertThat(new ReferenceBackendCommand().run(new String[] {"enrol-code", "--data", data.toString()}, out))
                .isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"enrol-code", "--kiosk", "CN=X,O=Y", "--data",
            data.toString()}, out)).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("enrol-code needs --kiosk ID",
                "not a kiosk id: CN=X,O=Y");
    }

    @Test
    void importSaysWhatIsWrongWithItsArgumentsItsDataDirectoryOrTheFile() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        Path notAnExport = Files.writeString(data.resolve("notes.zip"), "not a zip");

        assertThat(new ReferenceBackendCommand().run(new String[] {"import"}, out)).isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"import", data.resolve("none.zip").toString()}, out))
                .isEqualTo(2);
        assertThat(new ReferenceBackendCommand().run(new String[] {"import", notAnExport.toString(), "--data",
            data.resolve("empty").toString()}, out)).isEqualTo(1);
        try (ReferenceBackend backend = new ReferenceBackend()) {
            backend.start(0, data.resolve("db"));
        }
        assertThat(new ReferenceBackendCommand().run(new String[] {"import", notAnExport.toString(), "--data",
            data.resolve("db").toString()}, out)).isEqualTo(1);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("import needs the exported FILE", "no file ",
                "holds no reference backend's data", "refused: NOT_AN_EXPORT");
        assertThat(Files.exists(data.resolve("empty"))).isFalse();
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

    private static String codeIn(ByteArrayOutputStream printed) {
        Matcher code = Pattern.compile("enrolment code for kiosk \\S+: (\\S+)")
                .matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(code.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        return code.group(1);
    }

    private static X509Certificate authorityIn(Path dataDir) throws IOException {
        return KioskAuthority.readCertificate(Files.readString(dataDir.resolve(KioskAuthority.CERTIFICATE_FILE)));
    }

    /** Hands every full line written to {@code lines}. */
    private static final class LineWatcher extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final Consumer<String> lines;

        LineWatcher(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
