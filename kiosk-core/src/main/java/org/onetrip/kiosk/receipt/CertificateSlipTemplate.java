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

/** The slip printed with a certificate ("证照打印凭条"): what, for whom, how to verify. */
public final class CertificateSlipTemplate {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public CertificateSlipTemplate(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ReceiptDocument render(CertificateSlip s, PaperWidth paper) {
        int columns = paper.columns();
        ReceiptDocument.Builder b = ReceiptDocument.builder(paper).reprint(s.reprint()).cut(CutMode.PARTIAL);
        ReceiptSections.head(b, s.hallName(), s.kioskId(), "证照打印凭条", "Certificate print slip");
        ReceiptSections.section(b, "证照名称", "Certificate");
        ReceiptSections.hanging(b, columns, "", s.certificateName());
        b.rule('-');
        b.columns("持证人 Holder", s.maskedName());
        b.columns("打印页数 Pages", String.valueOf(s.pages()));
        b.columns("打印时间 Time", TIME.format(s.printedAt().atZone(zone)));
        b.rule('-');
        b.text("核验码 Verification code", Alignment.CENTRE, TextStyle.NORMAL);
        b.text(s.verificationCode(), Alignment.CENTRE, s.verificationCode().length() * 2 <= columns ? TextStyle.TITLE : TextStyle.TALL);
        b.qrCode(s.verificationUrl(), paper == PaperWidth.MM58 ? 5 : 6, QrErrorCorrection.M);
        ReceiptSections.hanging(b, columns, "", "扫码或访问下列网址核验证照真伪 Scan or visit to verify:");
        ReceiptSections.hanging(b, columns, "", s.verifyUrl());
        b.feed(1);
        b.text("本凭条不作为证照使用。This slip is not a certificate.");
        return b.build();
    }
}
