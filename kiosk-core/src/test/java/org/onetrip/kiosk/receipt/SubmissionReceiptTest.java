package org.onetrip.kiosk.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a receipt refuses to carry, and how its QR address is made. */
class SubmissionReceiptTest {

    private static SubmissionReceipt with(String name, String id, String tracking) {
        return new SubmissionReceipt(tracking, "北京市东城区政务服务中心", "K-0107", List.of("个体工商户设立登记"), List.of(),
                List.of(), LocalDate.of(2026, 12, 5), name, id, "https://zwfw.example.gov.cn/progress",
                Instant.parse("2026-11-21T12:15:30Z"), false);
    }

    @Test
    void refusesAnUnmaskedIdNumberWithoutRepeatingIt() {
        assertThatThrownBy(() -> with("张*", "110101198503121239", "SQ202611210123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ID number on a receipt must be masked with at least 10 '*' (18 characters given, 0 masked)")
                .hasMessageNotContaining("110101198503121239");
    }

    @Test
    void refusesAnIdNumberThatShowsMoreThanTheMaskingPolicyAllows() {
        assertThatThrownBy(() -> with("张*", "110101********1239", "SQ202611210123"))
                .hasMessage("the ID number on a receipt must be masked with at least 10 '*' (18 characters given, 8 masked)");
        assertThat(with("张*", "1101**********1239", "SQ202611210123").maskedIdNumber()).isEqualTo("1101**********1239");
    }

    @Test
    void refusesAnUnmaskedName() {
        assertThatThrownBy(() -> with("张伟", "1101**********1239", "SQ202611210123"))
                .hasMessage("the name on a receipt must be masked with at least 1 '*' (2 characters given, 0 masked)");
    }

    @Test
    void refusesAMalformedTrackingNumber() {
        assertThatThrownBy(() -> with("张*", "1101**********1239", "sq-1"))
                .hasMessage("tracking number must be 6..40 capital letters, digits or dashes, was 'sq-1'");
    }

    @Test
    void theLogoHoldsNoBytesAPrinterWouldTakeAsARealtimeCommand() {
        byte[] rows = ReceiptLogo.emblem(72).rows();
        for (int i = 0; i + 1 < rows.length; i++) {
            boolean dle = rows[i] == 0x10;
            assertThat(dle && (rows[i + 1] == 0x04 || rows[i + 1] == 0x05 || rows[i + 1] == 0x14))
                    .as("DLE EOT/ENQ/DC4 at byte %d of the logo", i).isFalse();
        }
    }

    @Test
    void qrLeadsToTheProgressPageOfThisFiling() {
        assertThat(with("张*", "1101**********1239", "SQ202611210123").trackingUrl())
                .isEqualTo("https://zwfw.example.gov.cn/progress?no=SQ202611210123");
    }

    @Test
    void certificateSlipRefusesBadPagesAndUnmaskedNames() {
        assertThatThrownBy(() -> new CertificateSlip("证明", "VC7Q2M9K4T", "https://v.example", 0, "李**", "h", "k",
                Instant.EPOCH, false)).hasMessage("pages must be 1..99, was 0");
        assertThatThrownBy(() -> new CertificateSlip("证明", "VC7Q2M9K4T", "https://v.example", 1, "李秀英", "h", "k",
                Instant.EPOCH, false)).hasMessage("the name on a slip must be masked with '*' (3 characters given, none masked)");
    }
}
