package org.onetrip.kiosk.payment;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.payment.PaymentDelivery.IfNotDelivered;

/**
 * The kiosk's payment path as a process of its own, for {@link PaymentCrashSafetyTest} to kill.
 *
 * <p>{@code pay} mode takes payments in a loop: two certificate fees by payment code, each printed
 * once paid (the order number appended to the printed file and forced to disk, standing in for
 * the printer), then a QR left on screen unpaid. {@code drain} mode runs the payment worker until
 * every order is finished, then exits 0 (1 when 60 s were not enough).
 *
 * <p>Arguments: {@code <pay|drain> <dataDir> <platformBaseUrl> <printedFile>}.
 */
public final class PaymentCrashKiosk {

    private PaymentCrashKiosk() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        PaymentPlatformClient client = new PaymentPlatformClient(BackendConnection.plain(URI.create(args[2]),
                "SZ-NS-0001", Duration.ofSeconds(2)));
        Path printed = Path.of(args[3]);
        Clock clock = Clock.systemUTC();
        OrderHolds holds = new OrderHolds(clock);
        try (PaymentLedger ledger = PaymentLedger.open(data, "SZ-NS-0001", clock, ZoneId.of("Asia/Shanghai"));
             ExecutorPaymentScheduler scheduler = new ExecutorPaymentScheduler()) {
            System.out.println("ready");
            System.out.flush();
            if (mode.equals("drain")) {
                PaymentWorker worker = new PaymentWorker(ledger, client, PaymentRules.standard(), holds, clock);
                Instant end = Instant.now().plusSeconds(60);
                while (!worker.allFinished() && Instant.now().isBefore(end)) {
                    worker.finishOpen();
                }
                System.exit(worker.allFinished() ? 0 : 1);
            }
            Checkout checkout = new Checkout(ledger, client, PaymentRules.standard(), scheduler, holds, clock);
            PaymentDelivery delivery = new PaymentDelivery(ledger, client, holds);
            try (FileChannel printer = FileChannel.open(printed, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                for (long n = 0; ; n++) {
                    if (n % 3 == 2) {
                        PaymentAttempt qr = checkout.payByQr(PaymentFixture.CERTIFICATE_FEE);
                        CountDownLatch shown = new CountDownLatch(1);
                        qr.progress().subscribe(p -> shown.countDown());
                        shown.await(5, TimeUnit.SECONDS);
                        continue;
                    }
                    PaymentOutcome outcome = checkout.payByCode(PaymentFixture.CERTIFICATE_FEE,
                            PaymentCode.of(PaymentFixture.CODE)).outcome().get(30, TimeUnit.SECONDS);
                    if (outcome instanceof PaymentOutcome.Paid paid) {
                        delivery.deliver(paid, () -> print(printer, paid.order().orderNo()), IfNotDelivered.REFUND);
                    }
                }
            }
        }
    }

    private static boolean print(FileChannel printer, String orderNo) {
        try {
            ByteBuffer line = ByteBuffer.wrap((orderNo + "\n").getBytes(StandardCharsets.US_ASCII));
            while (line.hasRemaining()) {
                printer.write(line);
            }
            printer.force(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
