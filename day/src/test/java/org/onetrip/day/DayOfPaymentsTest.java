package org.onetrip.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A day of citizens who only pay: fees paid by QR and by payment code, payments cancelled, payment
 * codes left unknown until the kiosk cancels them, fees refunded when the certificate does not
 * print; outages and restarts as any day has them. No violation, and every order agrees with the
 * platform's statement at the end.
 */
class DayOfPaymentsTest {

    @Test
    void citizensPayInEveryWayAndEveryOrderEndsAsThePlatformHoldsIt() throws Exception {
        long seed = Long.getLong("onetrip.day.seed", 20261207L);
        List<Violation> found = new CopyOnWriteArrayList<>();
        DayOptions options = new DayOptions(16, seed, Optional.empty(), BackendMode.ONLINE, Path.of("../conf"), true,
                Set.of(DayOptions.PAY));
        DaySummary summary = new Day(options, violation -> {
            found.add(violation);
            System.out.println(violation.toJson());
        }).run();

        assertThat(summary.sessions()).isEqualTo(16);
        assertThat(found).as("replay with ./onetrip day --sessions 16 --seed %d --journeys pay", seed)
                .extracting(Violation::inWords).isEmpty();
    }
}
