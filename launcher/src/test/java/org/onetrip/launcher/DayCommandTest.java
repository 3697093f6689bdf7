package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        DayCommand day = new DayCommand(print(out));
        assertThatThrownBy(() -> day.run(List.of("--sessions", "0"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--sessions");
        assertThatThrownBy(() -> day.run(List.of("--seed", "tuesday"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--seed");
        assertThatThrownBy(() -> day.run(List.of("--sessions", "2", "--nights", "3")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--nights");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
