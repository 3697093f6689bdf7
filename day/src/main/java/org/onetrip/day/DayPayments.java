package org.onetrip.day;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.codescanner.CodeScannerSettings;
import org.onetrip.devices.codescanner.serial.SerialCodeScanner;
import org.onetrip.devices.codescanner.sim.CodeScannerSimulator;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.keys.IdentityKeySettings;
import org.onetrip.kiosk.keys.KioskIdentityKey;
import org.onetrip.kiosk.payment.Checkout;
import org.onetrip.kiosk.payment.FeeSchedule;
import org.onetrip.kiosk.payment.Mismatch;
import org.onetrip.kiosk.payment.OrderHolds;
import org.onetrip.kiosk.payment.PayableItem;
import org.onetrip.kiosk.payment.PaymentAvailability;
import org.onetrip.kiosk.payment.PaymentDelivery;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.payment.PaymentLedger;
import org.onetrip.kiosk.payment.PaymentPlatformClient;
import org.onetrip.kiosk.payment.PaymentReconciliation;
import org.onetrip.kiosk.payment.PaymentRules;
import org.onetrip.kiosk.payment.PaymentWorker;
import org.onetrip.kiosk.payment.PlatformAnswer;
import org.onetrip.kiosk.payment.PlatformContract;
import org.onetrip.kiosk.receipt.PaymentSlip;

/**
 * The kiosk's payments in the day: its ledger in the day's data directory, the platform beside the
 * day's backend reached with the kiosk's client certificate, a serial code scanner with its
 * simulator on a pseudo-terminal, and the payments' own stepped time. Slips printed are counted
 * per order, so that the day can tell a slip printed for an unpaid order.
 */
final class DayPayments implements AutoCloseable {

    static final PayableItem CERTIFICATE_FEE = PayableItem.fee("NO_CRIMINAL_RECORD", "市公安局", "330100999",
            "无犯罪记录证明工本费", "103049901", 1_000);

    /** Under the day's data directory: the day's own payments.db. */
    static final String STEPPED_LEDGER_DIRECTORY = "day-payments";

    final SteppedPaymentTime time = new SteppedPaymentTime(Instant.now());
    final PaymentLedger ledger;
    final PaymentPlatformClient client;
    final OrderHolds holds = new OrderHolds(time);
    final Checkout checkout;
    final PaymentWorker worker;
    final PaymentDelivery delivery;
    final CodeScannerSimulator scannerSimulator;
    final SerialCodeScanner scanner;
    final List<String> slipsPrinted = new ArrayList<>();
    private final Optional<KioskIdentityKey> key;
    private final String hallName;
    private final String kioskId;

    DayPayments(KioskSettings settings, Path dataDirectory, ReferenceBackend backend) {
        kioskId = settings.identity().id();
        hallName = settings.identity().hallName().zh();
        IdentityKeySettings keys = IdentityKeySettings.forKiosk(dataDirectory, System.getenv());
        key = KioskIdentityKey.isCreatedIn(keys.keysDirectory()) ? Optional.of(KioskIdentityKey.open(keys))
                : Optional.empty();
        BackendConnection approval = BackendConnection.from(settings, key);
        URI payments = backend.paymentBaseUri();
        client = new PaymentPlatformClient(new BackendConnection(payments, approval.kioskId(),
                approval.connectTimeout(), approval.callTimeout(), approval.tls()));
        // the day's payments run in stepped time: their orders are kept apart from the composed
        // kiosk's payments.db, whose worker runs on wall time and would finish them under the day's feet
        ledger = PaymentLedger.open(dataDirectory.resolve(STEPPED_LEDGER_DIRECTORY), kioskId, time,
                ZoneId.of("Asia/Shanghai"));
        PaymentRules rules = PaymentRules.standard();
        checkout = new Checkout(ledger, client, rules, time, holds, time);
        worker = new PaymentWorker(ledger, client, rules, holds, time);
        delivery = new PaymentDelivery(ledger, client, holds);
        CodeScannerSettings triggered = CodeScannerSettings.triggered();
        try {
            scannerSimulator = new CodeScannerSimulator(triggered, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the code scanner's pseudo-terminal", e);
        }
        scanner = new SerialCodeScanner("code-scanner", new SerialPortTransport(scannerSimulator.portPath(), 9600),
                triggered, Clock.systemUTC());
        try {
            scanner.start().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the day's code scanner did not start", e);
        }
    }

    /** A pay journey as the screen would hold it, its slips going to {@link #slipsPrinted}. */
    PaymentJourney journey(boolean platformUp) {
        return new PaymentJourney(client, checkout, delivery, Optional.of(scanner), this::print, Runnable::run,
                new PaymentAvailability(platformUp, true), hallName, kioskId);
    }

    private boolean print(PaymentSlip slip) {
        synchronized (slipsPrinted) {
            slipsPrinted.add(slip.orderNo());
        }
        return true;
    }

    /** Runs the worker until every order is finished, or {@code most} of the payments' time has passed. */
    boolean finishAll(Duration most) {
        return time.advanceUntil(() -> {
            worker.finishOpen();
            return worker.allFinished();
        }, most);
    }

    /** Every order against the platform's statements of the days the platform saw (today and yesterday). */
    List<Mismatch> reconcile() {
        List<PlatformContract.StatementLine> lines = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            PlatformAnswer<PlatformContract.Statement> answer = client.statement(day);
            if (!(answer instanceof PlatformAnswer.Answered<PlatformContract.Statement> statement)) {
                throw new IllegalStateException("the statement of " + day + " could not be fetched: " + answer);
            }
            lines.addAll(statement.value().orders());
        }
        return PaymentReconciliation.compare(ledger.all(), new PlatformContract.Statement(kioskId, "", lines));
    }

    /** The day's fee schedule: the certificate fee only. */
    static FeeSchedule fees() {
        return new FeeSchedule(java.util.Map.of(CERTIFICATE_FEE.serviceCode().orElseThrow(), CERTIFICATE_FEE));
    }

    @Override
    public void close() {
        scanner.close();
        scannerSimulator.close();
        ledger.close();
        key.ifPresent(KioskIdentityKey::close);
    }
}
