package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `./onetrip day`'s words: what it takes, and what it refuses before any kiosk starts. */
class DayCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpNamesTheDayAndItsFlags() {
        new OneTrip(print(out), print(err), () -> new char[0]).run(new String[] {"help"});
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("day").contains("--sessions N --seed S")
                .contains("--backend online|offline|flaky").contains("--json");
    }

    @Test
    void anUnknownBackendModeIsAUsageError() {
        int code = new OneTrip(print(out), print(err), () -> new char[0])
                .run(new String[] {"day", "--sessions", "1", "--seed", "1", "--backend", "sometimes"});
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("online, offline or flaky");
    }

    @Test
    void sessionsAndSeedMustBeNumbers() {
        assertThat(day("--sessions", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sessions takes a number from 1, not 0")
                .contains("Usage: onetrip day");
        assertThat(day("--seed", "tuesday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seed", "'tuesday'");
        assertThat(day("--sessions", "2", "--nights", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--nights");
        assertThat(day("--sessions", "1", "--journeys", "file,dance")).isEqualTo(2);
    }

    private int day(String... words) {
        err.reset();
        String[] args = new String[words.length + 1];
        args[0] = "day";
        System.arraycopy(words, 0, args, 1, words.length);
        return new OneTrip(print(out), print(err), () -> new char[0]).run(args);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
