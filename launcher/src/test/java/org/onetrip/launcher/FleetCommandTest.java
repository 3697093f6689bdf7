package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.fleet.BrokerClients;
import org.onetrip.fleet.BrokerLogin;
import org.onetrip.fleet.LocalBroker;
import org.onetrip.fleet.OperatorKey;
import org.onetrip.fleet.sim.FleetSimulation;

/**
 * {@code ./onetrip fleet keygen | status | command | simulate} against a real Mosquitto on
 * loopback, with simulated kiosks in this process or, to be killed, in a child process.
 */
class FleetCommandTest {

    @TempDir
    Path dir;
    private LocalBroker broker;
    private Path key;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startBroker() {
        assumeTrue(LocalBroker.installed(), "mosquitto is not installed (./onetrip test installs it)");
        broker = LocalBroker.start(dir.resolve("broker"));
        key = dir.resolve("operator.jwk");
        assertThat(run("fleet", "keygen", "--out", key.toString())).isZero();
        assertThat(output()).contains("operator.pub.jwk");
    }

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void statusListsEveryKioskAndACommandPrintsItsAcknowledgement() throws Exception {
        try (FleetSimulation fleet = simulation(3)) {
            fleet.start();
            until(() -> fleet.connected() == 3);
            fleet.kiosk("sim-0002").orElseThrow().fail("receipt-printer", "PAPER_NEAR_END");
            until(() -> run("fleet", "status", "--broker", broker.address().toString()) == 0
                    && output().contains("PAPER_NEAR_END"));
            List<String> lines = output().lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).startsWith("sim-0001").contains("online", "IN_SERVICE", "alerts: none");
            assertThat(lines.get(1)).startsWith("sim-0002").contains("receipt-printer: PAPER_NEAR_END");

            assertThat(run("fleet", "command", "--broker", broker.address().toString(), "--kiosk", "sim-0003",
                    "--key", key.toString(), "out-of-service")).isZero();
            assertThat(output()).isEqualTo("sim-0003 out-of-service: DONE (out of service)\n");

            until(() -> run("fleet", "status", "--broker", broker.address().toString(), "--json") == 0
                    && output().contains("OUT_OF_SERVICE"));
            JsonNode third = new ObjectMapper().readTree(output().lines().toList().get(2));
            assertThat(third.get("kiosk").asText()).isEqualTo("sim-0003");
            assertThat(third.get("online").asBoolean()).isTrue();
            assertThat(third.get("state").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(third.get("alerts").get(0).asText()).startsWith("out of service");
            assertThat(third.has("lastSeen")).isTrue();
        }
    }

    @Test
    void aRolloutOfABadBundleHaltsAtTheCanariesAndRollbackReturnsThem() throws Exception {
        try (FleetSimulation fleet = simulation(8)) {
            fleet.start();
            until(() -> fleet.connected() == 8);
            java.nio.file.Files.writeString(dir.resolve("conf-7.zip"), "a bundle");
            java.nio.file.Files.writeString(dir.resolve("conf-8-bad.zip"), "a broken bundle");
            assertThat(run("fleet", "rollout", "--broker", broker.address().toString(), "--key", key.toString(),
                    "--bundle", dir.resolve("conf-7.zip").toString(), "--canary", "2", "--step", "50")).isZero();
            assertThat(output()).contains("canary: 2 kiosk(s), 0 failed", "bundle conf-7 applied on 8 kiosk(s) in 3 stage(s)");
            assertThat(run("fleet", "rollout", "--broker", broker.address().toString(), "--key", key.toString(),
                    "--bundle", dir.resolve("conf-8-bad.zip").toString(), "--canary", "2", "--step", "50")).isEqualTo(1);
            assertThat(output()).contains("HALTED at the canaries: 2 of 2 failed");
            assertThat(fleet.kiosks()).allSatisfy(k -> assertThat(k.bundle()).isEqualTo("conf-7"));
            assertThat(run("fleet", "rollout", "--broker", broker.address().toString(), "--key", key.toString(),
                    "--rollback")).isZero();
            assertThat(output()).contains("rollback: 8 of 8 kiosk(s) back on their last good bundle");
        }
    }

    @Test
    void aCommandNobodyAnswersEndsNonZeroWithinFifteenSeconds() {
        long started = System.nanoTime();
        assertThat(run("fleet", "command", "--broker", broker.address().toString(), "--kiosk", "nowhere-1",
                "--key", key.toString(), "self-test")).isEqualTo(3);
        assertThat(errors()).contains("kiosk nowhere-1 has never reported");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
    }

    @Test
    void badArgumentsGiveAClearUsage() {
        assertThat(run("fleet", "status", "--broker", "http://127.0.0.1:1")).isEqualTo(2);
        assertThat(errors()).contains("not a broker address");
        assertThat(run("fleet", "status", "--broker", "mqtt://broker.example:1883")).isEqualTo(2);
        assertThat(errors()).contains("use mqtts://");
        assertThat(run("fleet", "command", "--broker", broker.address().toString(), "--kiosk", "k", "--key",
                key.toString(), "reboot")).isEqualTo(2);
        assertThat(errors()).contains("unknown command 'reboot'");
        assertThat(run("fleet", "keygen", "--out", key.toString())).isEqualTo(1);
        assertThat(errors()).contains("never overwritten");
    }

    @Test
    void aKilledSimulatorsKiosksShowOfflineWithinAMinute() throws Exception {
        Process simulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), OneTrip.class.getName(), "fleet", "simulate",
                "--broker", broker.address().toString(), "--kiosks", "5", "--region", "east",
                "--operator-key", OperatorKey.publicFile(key).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("simulator.log").toFile()).start();
        try {
            until(() -> run("fleet", "status", "--broker", broker.address().toString(), "--region", "east") == 0
                    && output().lines().filter(l -> l.contains(" online ")).count() == 5);
            simulator.destroyForcibly().waitFor();
            long killed = System.nanoTime();
            until(() -> run("fleet", "status", "--broker", broker.address().toString()) == 0
                    && output().lines().filter(l -> l.contains(" offline ")).count() == 5);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofMinutes(1));
            assertThat(output()).contains("alerts: offline");
        } finally {
            simulator.destroyForcibly();
        }
    }

    private FleetSimulation simulation(int kiosks) {
        return new FleetSimulation(new BrokerClients(broker.address(), new BrokerLogin.Anonymous()),
                OperatorKey.readKey(OperatorKey.publicFile(key)), dir.resolve("spools"),
                new FleetSimulation.Settings(kiosks, "west", Duration.ZERO, 0, 1, Duration.ofMinutes(1)),
                Clock.systemUTC());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), () -> new char[0]).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 60 s");
            }
            Thread.sleep(50);
        }
    }
}
