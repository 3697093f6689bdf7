package org.onetrip.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.backend.BackendOptions;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.kiosk.backend.BackendConnection;
import org.onetrip.kiosk.payment.KioskOrder;
import org.onetrip.kiosk.payment.OrderState;
import org.onetrip.kiosk.payment.PayableItem;
import org.onetrip.kiosk.payment.PaymentChannel;
import org.onetrip.kiosk.payment.PaymentCode;
import org.onetrip.kiosk.payment.PaymentLedger;
import org.onetrip.kiosk.payment.PaymentPlatformClient;
import org.onetrip.kiosk.payment.PlatformAnswer;
import org.onetrip.kiosk.payment.PlatformContract;

/** {@code ./onetrip payments reconcile} against the reference platform, with mismatches planted. */
class PaymentsCommandTest {

    private static final Path SHIPPED = Path.of("../conf");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final PayableItem FEE = PayableItem.fee("NO_CRIMINAL_RECORD", "市公安局", "330100999", "工本费",
            "103049901", 1_000);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ReferenceBackend backend = new ReferenceBackend(BackendOptions.openTestDouble());
    private String kioskId;
    private PaymentPlatformClient platform;

    @BeforeEach
    void start() {
        backend.start(0, dir.resolve("backend"));
        kioskId = new ConfigurationLoader().load(SHIPPED).kiosk().identity().id();
        platform = PaymentsCommand.client(BackendConnection.plain(backend.baseUri(), kioskId, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        backend.stop();
    }

    private int run(String... args) {
        PaymentsCommand command = new PaymentsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC(),
                (kiosk, day) -> platform.statement(day));
        String[] words = new String[args.length + 1];
        words[0] = "payments";
        System.arraycopy(args, 0, words, 1, args.length);
        return new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), command).run(words);
    }

    @Test
    void aDayWhoseOrdersAgreeIsExitZeroAndPlantedMismatchesAreListedWithExitOne() {
        String today = LocalDate.now(ZONE).toString();
        String delivered;
        String lost;
        try (PaymentLedger ledger = PaymentLedger.open(dir.resolve("data"), kioskId, Clock.systemUTC(), ZONE)) {
            delivered = paid(ledger, OrderState.DELIVERED);
            assertThat(run("reconcile", "--date", today, "--config", SHIPPED.toString(), "--data",
                    dir.resolve("data").toString())).isZero();

            lost = paid(ledger, OrderState.CLOSED);
            backend.paymentPlatform().create(kioskId, "FOREIGN-000001", new org.onetrip.backend.payment.PaymentPlatform
                    .NewOrder("QR", 500L, "330100999", "103049901", "x", null, 120));
        }
        out.reset();

        int exit = run("reconcile", "--date", today, "--json", "--config", SHIPPED.toString(), "--data",
                dir.resolve("data").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"kind\":\"PAID_NOT_DELIVERED\",\"orderNo\":\"" + lost + "\"")
                .contains("\"kind\":\"UNKNOWN_TO_KIOSK\",\"orderNo\":\"FOREIGN-000001\"")
                .doesNotContain("\"orderNo\":\"" + delivered + "\"");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(new OneTrip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> new char[0])
                .run(new String[] {"payments", "reconcile", "--date", "07.12.2026"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date must be YYYY-MM-DD");
    }

    /** An order paid at the platform by payment code, which the kiosk's ledger then holds as {@code state}. */
    private String paid(PaymentLedger ledger, OrderState state) {
        KioskOrder order = ledger.record(PaymentChannel.PAYMENT_CODE, FEE, java.time.Instant.now().plusSeconds(60));
        platform.createOrder(order.orderNo(), new PlatformContract.NewOrder("PAYMENT_CODE", 1_000, "330100999",
                "103049901", "工本费", null, 120));
        PlatformAnswer<PlatformContract.Order> answer = platform.payByCode(order.orderNo(),
                PaymentCode.of("134567890123456789"));
        assertThat(answer).isInstanceOf(PlatformAnswer.Answered.class);
        ledger.paid(order.orderNo(), java.time.Instant.now(), java.util.Optional.empty());
        ledger.move(order.orderNo(), Set.of(OrderState.PAID), state, "test");
        return order.orderNo();
    }
}
