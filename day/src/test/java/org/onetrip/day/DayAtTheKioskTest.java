package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The day CI runs: 40 sessions at the composed demo kiosk with a seed nobody chose, printed so a
 * failure replays with {@code ./onetrip day --sessions 40 --seed S}. Fails on any violation.
 */
class DayAtTheKioskTest {

    private static final int SESSIONS = Integer.getInteger("onetrip.day.sessions", 40);

    @Test
    void fortyCitizensOneAfterAnotherAndEveryPromiseKept() throws Exception {
        long seed = Long.getLong("onetrip.day.seed", new SecureRandom().nextLong());
        System.out.println("day: --sessions " + SESSIONS + " --seed " + seed);
        List<Violation> found = new CopyOnWriteArrayList<>();
        DayOptions options = new DayOptions(SESSIONS, seed,
                java.util.Optional.ofNullable(System.getProperty("onetrip.day.data")).map(Path::of), BackendMode.ONLINE,
                Path.of(System.getProperty("onetrip.day.conf", "../conf")), true);
        DaySummary summary = new Day(options, violation -> {
            found.add(violation);
            System.out.println(violation.toJson());
        }).run();
        System.out.println(summary.toJson());

        assertThat(summary.sessions()).isEqualTo(SESSIONS);
        assertThat(found).as("replay with ./onetrip day --sessions %d --seed %d", SESSIONS, seed)
                .extracting(Violation::inWords).isEmpty();
    }
}
