package org.onetrip.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.onetrip.devices.codescanner.CodeScanner;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.ReceiptPrinter;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.payment.Checkout;
import org.onetrip.kiosk.payment.ExecutorPaymentScheduler;
import org.onetrip.kiosk.payment.OrderHolds;
import org.onetrip.kiosk.payment.PaymentAvailability;
import org.onetrip.kiosk.payment.PaymentDelivery;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.payment.PaymentLedger;
import org.onetrip.kiosk.payment.PaymentPlatformClient;
import org.onetrip.kiosk.payment.PaymentRules;
import org.onetrip.kiosk.payment.PaymentWorker;
import org.onetrip.kiosk.receipt.PaymentSlip;
import org.onetrip.kiosk.receipt.PaymentSlipTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payments at the kiosk: {@code payments.db} under the data directory, the platform beside the
 * approval backend over the kiosk's own connection, the checkout, and the worker that finishes
 * every order no session holds, at start and then every few seconds on the payment thread. Each
 * visit of "缴费 / Pay" gets a journey of its own ({@link #newJourney()}).
 */
final class PaymentAssembly implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PaymentAssembly.class);
    /** The longest a slip may take at the printer before the screen says it did not print. */
    private static final Duration SLIP_WAIT = Duration.ofSeconds(30);

    private final PaymentLedger ledger;
    private final PaymentPlatformClient platform;
    private final ExecutorPaymentScheduler scheduler = new ExecutorPaymentScheduler();
    private final PaymentRules rules = PaymentRules.standard();
    private final OrderHolds holds;
    private final Checkout checkout;
    private final PaymentDelivery delivery;
    private final PaymentWorker worker;
    private final Optional<CodeScanner> scanner;
    private final Optional<ReceiptPrinter> printer;
    private final PaymentSlipTemplate slips;
    private final Executor io;
    private final String hallName;
    private final String kioskId;
    private volatile boolean closed;

    PaymentAssembly(Path dataDirectory, BackendConnection backend, Optional<CodeScanner> scanner,
            Optional<ReceiptPrinter> printer, Executor io, String hallName, Clock clock, ZoneId zone) {
        this.kioskId = backend.kioskId();
        this.hallName = hallName;
        this.ledger = PaymentLedger.open(dataDirectory, kioskId, clock, zone);
        this.platform = PaymentPlatformClient.besideApprovalBackend(backend);
        this.holds = new OrderHolds(clock);
        this.checkout = new Checkout(ledger, platform, rules, scheduler, holds, clock);
        this.delivery = new PaymentDelivery(ledger, platform, holds);
        this.worker = new PaymentWorker(ledger, platform, rules, holds, clock);
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.slips = new PaymentSlipTemplate(zone);
        this.io = Objects.requireNonNull(io, "io");
        // whatever an earlier run left open is finished first, then the worker keeps at it
        scheduler.after(Duration.ZERO, this::finishOpen);
    }

    private void finishOpen() {
        if (closed) {
            return;
        }
        try {
            worker.finishOpen();
        } catch (RuntimeException e) {
            log.warn("the payment worker's pass ended early; it tries again", e);
        }
        scheduler.after(rules.retryEvery(), this::finishOpen);
    }

    /** A fresh "缴费 / Pay" journey: QR always, the payment code when the kiosk has a code scanner. */
    PaymentJourney newJourney() {
        return new PaymentJourney(platform, checkout, delivery, scanner, this::print, io,
                new PaymentAvailability(true, scanner.isPresent()), hallName, kioskId);
    }

    /** Prints a slip on the receipt printer; false without one, or when it did not print in time. */
    private boolean print(PaymentSlip slip) {
        if (printer.isEmpty()) {
            return false;
        }
        ReceiptPrinter receipts = printer.get();
        try {
            PrintOutcome outcome = receipts.print(new ReceiptJob(new ReceiptId(slip.orderNo()),
                    slips.render(slip, receipts.paperWidth()))).get(SLIP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return outcome instanceof PrintOutcome.Printed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            log.warn("a payment slip did not print: {}", e.toString());
            return false;
        }
    }

    /** The orders as this kiosk keeps them. */
    PaymentLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        closed = true;
        scheduler.close();
        ledger.close();
    }
}
