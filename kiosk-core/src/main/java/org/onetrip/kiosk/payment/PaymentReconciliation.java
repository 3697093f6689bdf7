package org.onetrip.kiosk.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onetrip.kiosk.payment.Mismatch.Kind;
import org.onetrip.kiosk.payment.PlatformContract.Statement;
import org.onetrip.kiosk.payment.PlatformContract.StatementLine;
import org.onetrip.kiosk.payment.PlatformContract.StatementRefund;

/**
 * Compares the kiosk's orders of a day with the platform's daily statement of that day, order by
 * order. Pure: no I/O.
 */
public final class PaymentReconciliation {

    private static final Set<OrderState> DELIVERED = Set.of(OrderState.DELIVERED, OrderState.CREDIT);

    private PaymentReconciliation() {
    }

    /** Every mismatch, the kiosk's orders first (in order), then the statement's unknown to the kiosk. */
    public static List<Mismatch> compare(List<KioskOrder> orders, Statement statement) {
        Map<String, StatementLine> lines = new LinkedHashMap<>();
        statement.orders().forEach(line -> lines.put(line.orderNo(), line));
        List<Mismatch> found = new ArrayList<>();
        for (KioskOrder order : orders) {
            StatementLine line = lines.remove(order.orderNo());
            String kiosk = order.state().name();
            if (!order.state().isFinished()) {
                found.add(new Mismatch(Kind.STILL_OPEN, order.orderNo(), kiosk, line == null ? "-" : line.state(),
                        "the kiosk's payment worker has not finished it"));
            }
            if (line == null) {
                if (order.state() != OrderState.CLOSED && order.state() != OrderState.CREATED
                        && order.state() != OrderState.CANCELLING) {
                    found.add(new Mismatch(Kind.UNKNOWN_TO_PLATFORM, order.orderNo(), kiosk, "-",
                            "not in the statement"));
                }
                continue;
            }
            compare(order, line, found);
        }
        for (StatementLine line : lines.values()) {
            found.add(new Mismatch(Kind.UNKNOWN_TO_KIOSK, line.orderNo(), "-", line.state(),
                    PayableItem.yuan(line.amountFen()) + " in the statement, not in the kiosk's orders"));
        }
        return found;
    }

    private static void compare(KioskOrder order, StatementLine line, List<Mismatch> found) {
        String kiosk = order.state().name();
        String platform = line.state();
        if (order.amountFen() != line.amountFen()) {
            found.add(new Mismatch(Kind.AMOUNT_DIFFERS, order.orderNo(), kiosk, platform,
                    "kiosk " + order.amount() + ", platform " + PayableItem.yuan(line.amountFen())));
        }
        long refunded = line.refunds().stream().mapToLong(StatementRefund::amountFen).sum();
        if (line.refunds().size() > 1 || refunded > line.amountFen()) {
            found.add(new Mismatch(Kind.REFUNDED_TWICE, order.orderNo(), kiosk, platform,
                    line.refunds().size() + " refunds, " + PayableItem.yuan(refunded) + " of "
                            + PayableItem.yuan(line.amountFen())));
        }
        boolean paidThere = platform.equals("PAID");
        boolean refundedThere = platform.equals("REFUNDED") || refunded > 0;
        if (paidThere && refunded == 0 && !DELIVERED.contains(order.state()) && order.state().isFinished()) {
            found.add(new Mismatch(Kind.PAID_NOT_DELIVERED, order.orderNo(), kiosk, platform,
                    PayableItem.yuan(line.amountFen()) + " taken, nothing delivered, nothing refunded"));
        }
        if (DELIVERED.contains(order.state()) && !paidThere) {
            found.add(new Mismatch(Kind.DELIVERED_NOT_PAID, order.orderNo(), kiosk, platform,
                    "delivered for money the platform does not hold as paid"));
        }
        if (order.state() == OrderState.REFUNDED && !refundedThere) {
            found.add(new Mismatch(Kind.REFUND_NOT_AT_PLATFORM, order.orderNo(), kiosk, platform,
                    "the kiosk holds it refunded"));
        }
        if (refundedThere && order.state() != OrderState.REFUNDED && order.state() != OrderState.REFUNDING
                && !DELIVERED.contains(order.state())) {
            found.add(new Mismatch(Kind.REFUND_NOT_AT_KIOSK, order.orderNo(), kiosk, platform,
                    PayableItem.yuan(refunded) + " refunded at the platform"));
        }
    }
}
