package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.payment.PaymentPlatform;
import org.onetrip.kiosk.testsupport.RunningBackend;

/**
 * Power cuts in the middle of payments: the kiosk's payment path runs in a child process killed
 * with SIGKILL at random moments, then a restarted kiosk's worker finishes what was left. Every
 * order must end delivered, refunded or closed, exactly as the platform holds it, and nothing may
 * have been printed for money the platform did not take.
 */
class PaymentCrashSafetyTest {

    private static final int TRIALS = 10;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void everyOrderEndsDeliveredRefundedOrClosedAsThePlatformHoldsItWhateverMomentThePowerFails() throws Exception {
        Path data = dir.resolve("kiosk");
        Path printed = dir.resolve("printed.txt");
        Random random = new Random(20261207L);
        try (RunningBackend backend = new RunningBackend(dir.resolve("backend"))) {
            String url = backend.backend().paymentBaseUri().toString();
            for (int trial = 0; trial < TRIALS; trial++) {
                Process child = start("pay", data, url, printed);
                awaitReady(child);
                long killAfterMillis = 200 + random.nextInt(900);
                assertThat(child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS))
                        .as("the kiosk process must still be running when the power fails").isFalse();
                child.destroyForcibly(); // SIGKILL on Linux
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            Process drain = start("drain", data, url, printed);
            awaitReady(drain);
            assertThat(drain.waitFor(90, TimeUnit.SECONDS)).as("the restarted kiosk finishes its orders").isTrue();
            assertThat(drain.exitValue()).isZero();

            List<KioskOrder> orders;
            try (PaymentLedger ledger = PaymentLedger.open(data, "SZ-NS-0001", Clock.systemUTC(), ZONE)) {
                orders = ledger.all();
            }
            Map<String, String> atPlatform = new HashMap<>();
            LocalDate today = LocalDate.now(ZONE);
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                PaymentPlatform.Statement statement = backend.backend().paymentPlatform()
                        .statement("SZ-NS-0001", day.toString());
                statement.orders().forEach(line -> atPlatform.put(line.orderNo(), line.state()));
            }
            Set<String> printedOrders = printedLines(printed);

            assertThat(orders).as("orders over %d power failures", TRIALS).hasSizeGreaterThan(TRIALS);
            assertThat(printedOrders).as("certificates printed").isNotEmpty();
            for (KioskOrder order : orders) {
                String platform = atPlatform.get(order.orderNo());
                switch (order.state()) {
                    case DELIVERED -> {
                        assertThat(platform).as(order.orderNo()).isEqualTo("PAID");
                        assertThat(printedOrders).as("delivered means printed").contains(order.orderNo());
                    }
                    case REFUNDED -> assertThat(platform).as(order.orderNo()).isEqualTo("REFUNDED");
                    case CLOSED -> assertThat(platform).as(order.orderNo()).isIn("CLOSED", null);
                    default -> throw new AssertionError(order.orderNo() + " left " + order.state());
                }
            }
            Set<String> known = new HashSet<>();
            orders.forEach(o -> known.add(o.orderNo()));
            assertThat(known).as("the platform has no order the kiosk lost").containsAll(atPlatform.keySet());
            for (String order : printedOrders) {
                assertThat(atPlatform.get(order)).as("printed only once paid: " + order).isIn("PAID", "REFUNDED");
            }
        }
    }

    private static Process start(String mode, Path data, String url, Path printed) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                PaymentCrashKiosk.class.getName(), mode, data.toString(), url, printed.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the kiosk process starts").isEqualTo("ready");
    }

    /** Complete lines only: a line cut short by the power failure was never a printed certificate. */
    private static Set<String> printedLines(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.US_ASCII) : "";
        Set<String> lines = new HashSet<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }
}
