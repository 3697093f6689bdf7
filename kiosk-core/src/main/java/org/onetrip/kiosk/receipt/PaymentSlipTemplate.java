package org.onetrip.kiosk.receipt;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;

/** The slip printed after a payment ("缴费凭条"): payee, item, amount, time, order, e-receipt. */
public final class PaymentSlipTemplate {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public PaymentSlipTemplate(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ReceiptDocument render(PaymentSlip s, PaperWidth paper) {
        int columns = paper.columns();
        ReceiptDocument.Builder b = ReceiptDocument.builder(paper).cut(CutMode.PARTIAL);
        ReceiptSections.head(b, s.hallName(), s.kioskId(), "缴费凭条", "Payment slip");
        ReceiptSections.section(b, "收款单位", "Payee");
        ReceiptSections.hanging(b, columns, "", s.payee());
        ReceiptSections.section(b, "缴费项目", "Item");
        ReceiptSections.hanging(b, columns, "", s.item());
        b.rule('-');
        b.text("金额 Amount", Alignment.CENTRE, TextStyle.NORMAL);
        b.text(s.amount(), Alignment.CENTRE, TextStyle.TITLE);
        b.rule('-');
        b.columns("缴费时间 Time", TIME.format(s.paidAt().atZone(zone)));
        s.noticeNumber().ifPresent(n -> b.columns("缴款码 Notice", n));
        ReceiptSections.hanging(b, columns, "订单号 Order: ", s.orderNo());
        if (s.eReceiptNumber().isPresent()) {
            b.rule('-');
            b.text("财政电子票据 Fiscal e-receipt", Alignment.CENTRE, TextStyle.NORMAL);
            b.text(s.eReceiptNumber().get(), Alignment.CENTRE, TextStyle.NORMAL);
            s.eReceiptQr().ifPresent(qr -> b.qrCode(qr, paper == PaperWidth.MM58 ? 4 : 5, QrErrorCorrection.M));
            ReceiptSections.hanging(b, columns, "", "扫码查验票据 Scan to verify the e-receipt");
        }
        if (s.note().isPresent()) {
            b.rule('-');
            ReceiptSections.hanging(b, columns, "", s.note().get());
        }
        b.feed(1);
        b.text("请妥善保管。Please keep this slip.");
        return b.build();
    }
}
