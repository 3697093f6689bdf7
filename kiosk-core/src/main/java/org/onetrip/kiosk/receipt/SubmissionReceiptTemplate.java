package org.onetrip.kiosk.receipt;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.onetrip.devices.receipt.layout.Alignment;
import org.onetrip.devices.receipt.layout.CutMode;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.QrErrorCorrection;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.layout.TextStyle;

/**
 * The proof of filing the citizen takes home ("受理回执"): tracking number as text, QR code
 * and barcode; the matters; materials received and to top up with their deadlines; the
 * promised date; the masked applicant; where to check progress. Chinese first, English
 * under it where it helps.
 */
public final class SubmissionReceiptTemplate {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    /** @param zone the hall's time zone, for the filing time */
    public SubmissionReceiptTemplate(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ReceiptDocument render(SubmissionReceipt r, PaperWidth paper) {
        int columns = paper.columns();
        ReceiptDocument.Builder b = ReceiptDocument.builder(paper).reprint(r.reprint()).cut(CutMode.PARTIAL);
        ReceiptSections.head(b, r.hallName(), r.kioskId(), "受理回执", "Submission receipt");

        b.text("回执编号 Tracking No.", Alignment.CENTRE, TextStyle.NORMAL);
        boolean fitsDoubleWidth = r.trackingNumber().length() * 2 <= columns;
        b.text(r.trackingNumber(), Alignment.CENTRE, fitsDoubleWidth ? TextStyle.TITLE : TextStyle.TALL);
        b.qrCode(r.trackingUrl(), paper == PaperWidth.MM58 ? 5 : 6, QrErrorCorrection.M);
        b.barcode(r.trackingNumber(), 64);
        b.rule('-');

        b.columns("申请人 Applicant", r.maskedName());
        b.columns("证件号码 ID", r.maskedIdNumber());
        b.columns("提交时间 Filed", TIME.format(r.filedAt().atZone(zone)));
        b.rule('-');

        ReceiptSections.section(b, "办理事项", "Matters");
        ReceiptSections.numbered(b, columns, r.matters());
        b.rule('-');

        ReceiptSections.section(b, "已收材料", "Received");
        if (r.materialsReceived().isEmpty()) {
            b.text("无 None");
        } else {
            ReceiptSections.numbered(b, columns, r.materialsReceived());
        }
        if (!r.topUps().isEmpty()) {
            b.rule('-');
            ReceiptSections.section(b, "待补材料", "To bring");
            for (int i = 0; i < r.topUps().size(); i++) {
                var topUp = r.topUps().get(i);
                ReceiptSections.hanging(b, columns, (i + 1) + ". ", topUp.material());
                ReceiptSections.hanging(b, columns, "   ", "补交期限 Due " + DATE.format(topUp.deadline()));
            }
        }
        if (!r.committedInstead().isEmpty()) {
            b.rule('-');
            ReceiptSections.section(b, "已签承诺", "Commitments signed");
            ReceiptSections.numbered(b, columns, r.committedInstead());
        }
        b.rule('-');
        ReceiptSections.section(b, "领取方式", "Receiving the result");
        if (r.postTo().isPresent()) {
            ReceiptSections.hanging(b, columns, "", "邮寄送达 By post");
            ReceiptSections.hanging(b, columns, "", r.postTo().get());
        } else {
            ReceiptSections.hanging(b, columns, "", "到大厅领取 Collect at the hall");
        }
        b.rule('-');
        b.columns("承诺办结 Promised by", DATE.format(r.promisedDate()), TextStyle.BOLD);
        b.rule('-');

        ReceiptSections.section(b, "查询进度", "Check progress");
        ReceiptSections.hanging(b, columns, "", "扫描上方二维码，或访问 Scan the QR code or visit:");
        ReceiptSections.hanging(b, columns, "", r.progressUrl());
        b.feed(1);
        b.text("请妥善保管本回执，凭回执编号查询和领取结果。", Alignment.LEFT, TextStyle.NORMAL);
        b.text("Keep this receipt; quote the tracking number to check or collect the result.");
        b.feed(1);
        b.text("一次办好 · OneTrip", Alignment.CENTRE, TextStyle.NORMAL);
        return b.build();
    }

    /** The lines a reader finds on the receipt, for tests and the on-screen preview. */
    public List<String> preview(SubmissionReceipt r, PaperWidth paper) {
        return org.onetrip.devices.receipt.layout.ReceiptLines.text(render(r, paper));
    }
}
