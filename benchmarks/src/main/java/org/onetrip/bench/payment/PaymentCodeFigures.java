package org.onetrip.bench.payment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.devices.codescanner.CodeRead;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.serial.SerialCodeScanner;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulator;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.payment.Checkout;
import org.onetrip.kiosk.payment.ExecutorPaymentScheduler;
import org.onetrip.kiosk.payment.OrderHolds;
import org.onetrip.kiosk.payment.PayableItem;
import org.onetrip.kiosk.payment.PaymentCode;
import org.onetrip.kiosk.payment.PaymentLedger;
import org.onetrip.kiosk.payment.PaymentOutcome;
import org.onetrip.kiosk.payment.PaymentPlatformClient;
import org.onetrip.kiosk.payment.PaymentRules;

/**
 * `./onetrip bench --only payment-code`: from the payer's payment code read by the kiosk's scanner
 * (the serial driver on a pseudo-terminal, the simulator on the far end) to the order paid at the
 * reference platform on loopback: the order written to payments.db, created at the platform, the
 * code sent, the answer recorded.
 */
public final class PaymentCodeFigures implements Benchmark {

    private static final int WARM_UP = 30;
    private static final int PAYMENTS = 300;
    private static final String CODE = "134567890123456789";
    private static final PayableItem FEE = PayableItem.fee("NO_CRIMINAL_RECORD", "市公安局", "330100999",
            "无犯罪记录证明工本费", "103049901", 1_000);

    @Override
    public String name() {
        return "payment-code";
    }

    @Override
    public String description() {
        return PAYMENTS + " certificate fees paid by payment code: from the code read by the serial scanner (pty"
                + " simulator, triggered mode) to the order paid at the reference platform on loopback HTTP, with"
                + " each step committed to payments.db (SQLite, synchronous=FULL); and the share of that time spent"
                + " waiting on the platform's answers.";
    }

    @Override
    public List<Figure> run() throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path root = Files.createTempDirectory("onetrip-bench-payment");
        ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());
        backend.start(0, root.resolve("backend"));
        CodeScannerSettings settings = CodeScannerSettings.triggered();
        PaymentPlatformClient client = new PaymentPlatformClient(BackendConnection.plain(backend.paymentBaseUri(),
                "SZ-NS-0001", Duration.ofSeconds(5)));
        try (CodeScannerSimulator sim = new CodeScannerSimulator(settings, Optional.of(root.resolve("ttySCAN")));
             SerialCodeScanner scanner = new SerialCodeScanner("code-scanner",
                     new SerialPortTransport(sim.portPath(), 115200), settings, Clock.systemUTC());
             PaymentLedger ledger = PaymentLedger.open(root.resolve("kiosk"), "SZ-NS-0001", Clock.systemUTC(),
                     ZoneId.of("Asia/Shanghai"));
             ExecutorPaymentScheduler scheduler = new ExecutorPaymentScheduler()) {
            scanner.start().get(10, TimeUnit.SECONDS);
            Checkout checkout = new Checkout(ledger, client, PaymentRules.standard(), scheduler,
                    new OrderHolds(Clock.systemUTC()), Clock.systemUTC());
            List<Long> nanos = new ArrayList<>();
            long waitedBefore = 0;
            long totalMeasured = 0;
            for (int i = 0; i < WARM_UP + PAYMENTS; i++) {
                sim.present(CODE);
                CodeRead read = scanner.readOne(Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS);
                if (!(read instanceof CodeRead.Scanned scanned)) {
                    throw new IllegalStateException("the scanner read nothing: " + read);
                }
                long waitedAtStart = client.callStats().waited().toNanos();
                long start = System.nanoTime();
                PaymentOutcome outcome = checkout.payByCode(FEE, PaymentCode.of(scanned.code().text())).outcome()
                        .get(30, TimeUnit.SECONDS);
                long took = System.nanoTime() - start;
                if (!(outcome instanceof PaymentOutcome.Paid)) {
                    throw new IllegalStateException("payment " + i + " not paid: " + outcome);
                }
                if (i >= WARM_UP) {
                    nanos.add(took);
                    totalMeasured += took;
                    waitedBefore += client.callStats().waited().toNanos() - waitedAtStart;
                }
            }
            Collections.sort(nanos);
            double share = 100.0 * waitedBefore / totalMeasured;
            String note = PAYMENTS + " payments after " + WARM_UP + " warm-up";
            return List.of(
                    new Figure("code read to paid, median", percentile(nanos, 0.50), "ms", note),
                    new Figure("code read to paid, p95", percentile(nanos, 0.95), "ms", note),
                    new Figure("share waiting on the platform", share, "%", "time inside the two platform calls"
                            + " (create order, pay by code) of the total; the rest is the kiosk's own work: SQLite"
                            + " commits and the hand-over to the payment thread"));
        } finally {
            backend.stop();
        }
    }

    private static double percentile(List<Long> sortedNanos, double share) {
        int index = (int) Math.ceil(share * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }
}
