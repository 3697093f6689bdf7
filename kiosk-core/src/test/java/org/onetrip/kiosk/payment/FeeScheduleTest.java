package org.onetrip.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeeScheduleTest {

    @TempDir
    Path dir;

    @Test
    void theShippedScheduleHasFeesWithPayeeAndItemCodesAndEverythingElseIsFree() {
        FeeSchedule fees = FeeSchedule.load(Path.of("../conf/fees.yaml"));

        Charge licence = fees.chargeFor("ZM-YYZZFB");
        assertThat(licence).isInstanceOfSatisfying(Charge.Fee.class, fee -> {
            assertThat(fee.item().payeeCode()).isEqualTo("330102307");
            assertThat(fee.item().itemCode()).isEqualTo("103049903");
            assertThat(fee.item().amount()).isEqualTo("¥20.00");
            assertThat(fee.item().serviceCode()).contains("ZM-YYZZFB");
        });
        assertThat(fees.chargeFor("ZM-SBCB")).isEqualTo(new Charge.Free("ZM-SBCB"));
    }

    @Test
    void anIncompleteEntryIsRefusedNamingTheFileAndTheService() throws Exception {
        Path file = dir.resolve("fees.yaml");
        Files.writeString(file, "fees:\n  ZM-HJ: {payee: 户政科, payeeCode: \"12\", item: 工本费, itemCode: \"103\", amountFen: 500}\n");

        assertThatThrownBy(() -> FeeSchedule.load(file)).hasMessageContaining("fees.yaml")
                .hasMessageContaining("ZM-HJ").hasMessageContaining("payeeCode must be 6..20 digits");
        Files.writeString(file, "fees: [1, 2]\n");
        assertThatThrownBy(() -> FeeSchedule.load(file)).hasMessageContaining("needs a 'fees:' map");
    }

    @Test
    void withoutThePlatformAFeeBearingServiceCannotStartAndAFreeOneCan() {
        PaymentAvailability down = new PaymentAvailability(false, true);
        FeeSchedule fees = FeeSchedule.load(Path.of("../conf/fees.yaml"));

        assertThat(down.offered()).isFalse();
        assertThat(down.canStart(fees.chargeFor("ZM-HJ"))).isFalse();
        assertThat(down.canStart(fees.chargeFor("ZM-SBCB"))).isTrue();
        assertThat(new PaymentAvailability(true, false).ways()).containsExactly(PaymentChannel.QR);
    }
}
