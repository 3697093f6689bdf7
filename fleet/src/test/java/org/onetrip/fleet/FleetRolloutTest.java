package org.onetrip.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.fleet.sim.FleetSimulation;
import org.onetrip.fleet.sim.SimulatedKiosk;

/** A staged rollout over simulated kiosks on a real Mosquitto: a good bundle goes everywhere, a bad one halts at the canaries. */
class FleetRolloutTest {

    @TempDir
    Path dir;

    @Test
    void stagesAreTheCanariesThenSteps() {
        assertThat(FleetRollout.stages(20, new FleetRollout.Plan("v2", 2, 25, 10))).containsExactly(2, 5, 5, 5, 3);
        assertThat(FleetRollout.stages(1, new FleetRollout.Plan("v2", 3, 50, 10))).containsExactly(1);
    }

    @Test
    void aGoodBundleReachesEveryKioskABadOneHaltsAtTheCanariesAndRollbackReturnsThem() throws Exception {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        FleetJson json = new FleetJson();
        OperatorKey key = OperatorKey.generate(json);
        try (LocalBroker broker = LocalBroker.start(dir.resolve("broker"))) {
            BrokerClients clients = new BrokerClients(broker.address(), new BrokerLogin.Anonymous());
            try (FleetSimulation fleet = new FleetSimulation(clients, key.publicKey(), dir.resolve("spools"),
                    new FleetSimulation.Settings(20, "west", Duration.ZERO, 0, 1, Duration.ofMinutes(1)), Clock.systemUTC());
                    FleetOperator operator = new FleetOperator(clients, key, Clock.systemUTC(), json)
                            .startAndWait(Duration.ofSeconds(15))) {
                fleet.start();
                Eventually.until("all connected", Duration.ofSeconds(30), () -> fleet.connected() == 20);
                List<KioskPlace> places = fleet.kiosks().stream().map(SimulatedKiosk::place).toList();
                List<String> said = new ArrayList<>();
                FleetRollout rollout = new FleetRollout(operator, Duration.ofSeconds(15), said::add);

                FleetRollout.Outcome good = rollout.run(places, new FleetRollout.Plan("conf-2", 2, 25, 10));
                assertThat(good).isEqualTo(new FleetRollout.Outcome.Completed(20, 0, 5));
                assertThat(fleet.kiosks()).allSatisfy(k -> assertThat(k.bundle()).isEqualTo("conf-2"));
                assertThat(said).hasSize(5).first().asString().startsWith("canary: 2 kiosk(s), 0 failed");

                FleetRollout.Outcome bad = rollout.run(places, new FleetRollout.Plan("conf-3-bad", 2, 25, 10));
                assertThat(bad).isInstanceOfSatisfying(FleetRollout.Outcome.Halted.class, halted -> {
                    assertThat(halted.stage()).isEqualTo(1);
                    assertThat(halted.failed()).hasSize(2).allSatisfy(f -> assertThat(f).contains("fails config check"));
                });
                assertThat(fleet.kiosks()).allSatisfy(k -> assertThat(k.bundle()).isEqualTo("conf-2"));

                assertThat(rollout.rollBack(places).values()).hasSize(20).allSatisfy(r -> assertThat(r.done()).isTrue());
                assertThat(fleet.kiosks()).allSatisfy(k -> assertThat(k.bundle()).isEmpty());
            }
        }
    }
}
