package org.onetrip.bench.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.kiosk.receipt.SubmissionReceipt;
import org.onetrip.kiosk.receipt.SubmissionReceiptTemplate;
import org.onetrip.kiosk.receipt.TopUp;

/** The full submission receipt the receipt figures are measured with (shared test identity zhang-wei, masked). */
final class BenchReceipts {
    private BenchReceipts() {
    }

    static SubmissionReceipt full() {
        return new SubmissionReceipt("SQ202611210123", "北京市东城区政务服务中心", "K-0107",
                List.of("个体工商户设立登记", "食品经营许可（仅销售预包装食品）备案"),
                List.of("居民身份证", "经营场所使用证明（租赁合同）", "个体工商户设立登记申请书"),
                List.of(new TopUp("房屋产权证明复印件", LocalDate.of(2026, 11, 28))),
                LocalDate.of(2026, 12, 5), "张*", "1101**********1239", "https://zwfw.example.gov.cn/progress",
                Instant.parse("2026-11-21T12:15:30Z"), false);
    }

    static ReceiptDocument document(PaperWidth paper) {
        return new SubmissionReceiptTemplate(ZoneId.of("Asia/Shanghai")).render(full(), paper);
    }
}
