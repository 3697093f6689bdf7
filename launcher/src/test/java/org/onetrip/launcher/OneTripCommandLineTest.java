package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.PinHash;

/** `./onetrip` as a technician types it: words in, exit code and text out. */
class OneTripCommandLineTest {

    private static final Path SHIPPED = Path.of("../conf");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private char[] typedPin = "246810".toCharArray();

    private int run(String... args) {
        OneTrip oneTrip = new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> typedPin);
        return oneTrip.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("help")).isZero();
        assertThat(out()).contains("demo", "run", "config", "backend", "enrol", "diag", "sim", "test", "bench");
    }

    @Test
    void anUnknownCommandIsNamedAndTheHelpShown() {
        assertThat(run("demoo")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'demoo'");
        assertThat(out()).contains("Usage: ./onetrip");
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndExitZero() {
        for (String command : new String[] {"demo", "run", "config", "backend", "enrol", "day", "audit", "outbox",
                "fleet", "payments", "diag", "sim", "completion"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out()).as(command).contains("Usage: onetrip " + command);
        }
    }

    @Test
    void helpAfterOtherWordsIsStillTheCommandsHelp() {
        assertThat(run("payments", "reconcile", "--help")).isZero();
        assertThat(out()).contains("Usage: onetrip payments reconcile", "--date YYYY-MM-DD", "--json");
        out.reset();
        assertThat(run("fleet", "status", "--help")).isZero();
        assertThat(out()).contains("Usage: onetrip fleet", "status | command");
        out.reset();
        assertThat(run("outbox", "retry", "--help")).isZero();
        assertThat(out()).contains("Usage: onetrip outbox retry", "FILING", "--config DIR");
    }

    @Test
    void aWrongArgumentIsNamedWithTheCommandsUsageAndExitTwo() {
        assertThat(run("demo", "--kiosque")).isEqualTo(2);
        assertThat(err()).startsWith("onetrip demo: unexpected argument(s): --kiosque")
                .contains("Usage: onetrip demo");
        err.reset();
        assertThat(run("completion", "--zsh")).isEqualTo(2);
        assertThat(err()).startsWith("onetrip completion: Unknown option: '--zsh'")
                .contains("Usage: onetrip completion");
    }

    @Test
    void completionPrintsABashScriptThatKnowsEveryCommand() {
        assertThat(run("completion")).isZero();
        assertThat(out()).contains("complete -F _complete_onetrip", "./onetrip")
                .contains("demo", "diag", "payments", "fleet", "completion");
    }

    @Test
    void bashCompletesCommandsAndTheirFlagsWithTheScript(@TempDir Path dir) throws Exception {
        assertThat(run("completion")).isZero();
        Path script = Files.writeString(dir.resolve("onetrip-completion.bash"), out());
        assertThat(complete(script, "./onetrip", "pay")).isEqualTo("payments");
        assertThat(complete(script, "./onetrip", "day", "--se")).contains("--sessions", "--seed");
        assertThat(complete(script, "onetrip", "config", "ha")).isEqualTo("hash-pin");
    }

    /** What bash offers for the last word, with the script loaded as a technician's shell loads it. */
    private static String complete(Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\"; COMP_WORDS=(" + line + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
                + "$(complete -p " + words[0] + " | sed -E 's/.*-F ([^ ]+).*/\\1/'); echo \"${COMPREPLY[*]}\"",
                "complete", script.toString()).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    @Test
    void theShippedConfigurationPassesTheCheck() {
        assertThat(run("config", "check", SHIPPED.toString())).isZero();
        assertThat(out()).startsWith("OK: ").contains("matters", "bundles", "certificate types");
    }

    @Test
    void aBrokenConfigurationIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.copy(SHIPPED.resolve("catalog.yaml"), dir.resolve("catalog.yaml"));
        copyCalendars(dir);
        Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(SHIPPED.resolve("kiosk.yaml"))
                .replace("inactivity: 60s", "inactivty: 60s"));

        assertThat(run("config", "check", dir.toString())).isEqualTo(1);
        assertThat(err()).containsPattern("kiosk\\.yaml:\\d+:\\d+: timeouts\\.inactivty: unknown key")
                .contains("did you mean 'inactivity'");
    }

    @Test
    void theKioskDoesNotStartOnABrokenConfiguration(@TempDir Path dir) throws IOException {
        Files.copy(SHIPPED.resolve("catalog.yaml"), dir.resolve("catalog.yaml"));
        copyCalendars(dir);
        Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(SHIPPED.resolve("kiosk.yaml"))
                .replace("port: 9100", "port: 91000").replace("warning: 20s", "warning: -5s"));

        assertThat(run("run", "--config", dir.toString(), "--data", dir.resolve("data").toString())).isEqualTo(1);
        assertThat(err()).contains("does not start").contains("timeouts.warning");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void runNeedsAConfigurationDirectory() {
        assertThat(run("run", "--windowed")).isEqualTo(2);
        assertThat(err()).contains("--config DIR is required");
    }

    @Test
    void aMistypedOptionIsRefusedNotIgnored() {
        assertThat(run("demo", "--kiosque")).isEqualTo(2);
        assertThat(err()).contains("unexpected argument(s): --kiosque");
    }

    @Test
    void hashPinPrintsAnArgon2idHashThatAcceptsTheTypedPinOnlyAndTellsItsLength() {
        typedPin = "5820137".toCharArray();
        assertThat(run("config", "hash-pin")).isZero();
        PinHash hash = PinHash.parse(out().strip());
        assertThat(hash).isInstanceOf(PinHash.Argon2id.class);
        assertThat(hash.digits()).hasValue(7);
        assertThat(hash.matches("5820137".toCharArray())).isTrue();
        assertThat(hash.matches("5820138".toCharArray())).isFalse();
        assertThat(out()).doesNotContain("5820137");
    }

    @Test
    void hashPinRefusesAShortPin() {
        typedPin = "12345".toCharArray();
        assertThat(run("config", "hash-pin")).isEqualTo(1);
        assertThat(err()).contains("6 to 12 digits");
        assertThat(out()).isEmpty();
    }

    @Test
    void hashPinRefusesTheDemoPin() {
        typedPin = "246810".toCharArray();
        assertThat(run("config", "hash-pin")).isEqualTo(1);
        assertThat(err()).contains("demo PIN");
    }

    @Test
    void diagRunsEveryConfiguredDevicesSelfTestAgainstTheSimulators(@TempDir Path data) {
        assertThat(run("diag", "--config", SHIPPED.toString(), "--data", data.toString())).isZero();
        assertThat(out()).contains("device=idcard state=ONLINE", "device=receipt-printer state=ONLINE")
                .doesNotContain("ok=false");
    }

    @Test
    void diagFailsWhenOneDeviceDoesNotAnswerAndSaysWhich(@TempDir Path dir) throws IOException {
        Files.copy(SHIPPED.resolve("catalog.yaml"), dir.resolve("catalog.yaml"));
        copyCalendars(dir);
        Files.writeString(dir.resolve("kiosk.yaml"), Files.readString(SHIPPED.resolve("kiosk.yaml"))
                .replace("""
                          receiptPrinter:
                            kind: simulated
                            scenario: default
                        """, """
                          receiptPrinter:
                            kind: tcp
                            host: 127.0.0.1
                            port: 9
                        """)
                // a kiosk with a real device has its own PIN, in a file only its user reads
                .replaceFirst("argon2id\\S+", Matcher.quoteReplacement(PinHash.Argon2id.derive("5820137".toCharArray(),
                        "sixteen-byte-salt".getBytes(StandardCharsets.US_ASCII), new PinHash.Argon2Cost(8192, 1, 1))
                        .encoded())));
        Files.setPosixFilePermissions(dir.resolve("kiosk.yaml"), PosixFilePermissions.fromString("rw-------"));

        assertThat(run("diag", "--json", "--config", dir.toString(), "--data", dir.resolve("data").toString())).isEqualTo(1);
        assertThat(out()).contains("\"device\":\"idcard\",\"state\":\"ONLINE\"")
                .contains("\"device\":\"receipt-printer\",\"state\":\"OFFLINE\"", "\"ok\":false");
    }

    @Test
    void diagNamesTheDevicesItKnows() {
        assertThat(run("diag", "printer")).isEqualTo(2);
        assertThat(err()).contains("unknown device 'printer'").contains("idcard");
    }

    /** The shipped kiosk.yaml names the calendars beside it. */
    private static void copyCalendars(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("calendars"));
        try (var calendars = Files.list(SHIPPED.resolve("calendars"))) {
            for (Path calendar : calendars.toList()) {
                Files.copy(calendar, dir.resolve("calendars").resolve(calendar.getFileName()));
            }
        }
    }
}
