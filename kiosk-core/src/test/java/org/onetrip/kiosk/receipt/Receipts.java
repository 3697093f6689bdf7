package org.onetrip.kiosk.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Receipts for the shared test identities (masked as the kiosk masks them). */
final class Receipts {
    private Receipts() {
    }

    static SubmissionReceipt zhangWei() {
        return new SubmissionReceipt("SQ202611210123", "北京市东城区政务服务中心", "K-0107",
                List.of("个体工商户设立登记", "食品经营许可（仅销售预包装食品）备案"),
                List.of("居民身份证", "经营场所使用证明（租赁合同）", "个体工商户设立登记申请书"),
                List.of(new TopUp("房屋产权证明复印件", LocalDate.of(2026, 11, 28))),
                LocalDate.of(2026, 12, 5), "张*", "1101**********1239", "https://zwfw.example.gov.cn/progress",
                Instant.parse("2026-11-21T12:15:30Z"), false);
    }

    static SubmissionReceipt ouyangMingyuan() {
        return new SubmissionReceipt("SQ202611210124", "沈阳市和平区政务服务中心", "K-0212",
                List.of("居住证签注", "灵活就业人员参保登记 Flexible employment social insurance registration"),
                List.of("居民身份证"),
                List.of(),
                LocalDate.of(2026, 11, 30), "欧***", "2101**********0714", "https://zwfw.example.gov.cn/progress",
                Instant.parse("2026-11-21T13:02:00Z"), true);
    }

    static CertificateSlip liXiuying() {
        return new CertificateSlip("不动产登记信息查询结果证明", "VC7Q2M9K4T", "https://zwfw.example.gov.cn/verify", 2,
                "李**", "上海市徐汇区政务服务中心", "K-0031", Instant.parse("2026-11-21T02:40:00Z"), false);
    }
}
