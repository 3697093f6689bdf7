package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.kiosk.certificate.SampleCertificates.WANG_FANG;
import static org.onetrip.kiosk.certificate.SampleCertificates.ZHANG_WEI;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.config.catalog.HolderMasking;

class HolderCheckTest {

    private static CertificateRenderer renderer;

    @BeforeAll
    static void openFonts() {
        renderer = new CertificateRenderer(CertificateFonts.DEBIAN, Clock.systemUTC());
    }

    @AfterAll
    static void closeFonts() {
        renderer.close();
    }

    private static byte[] pdf(CertificateData data, HolderMasking masking) {
        return ((RenderOutcome.Rendered) renderer.render(data, masking)).certificate().pdf();
    }

    @Test
    void dataOfTheCardHolderMatches() {
        assertThat(HolderCheck.ofData(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"), ZHANG_WEI))
                .isEqualTo(HolderMatch.MATCH);
    }

    @Test
    void dataOfSomebodyElseIsAMismatch() {
        assertThat(HolderCheck.ofData(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"), WANG_FANG))
                .isEqualTo(HolderMatch.MISMATCH);
    }

    @Test
    void aPdfWithTheFullNumberMatchesTheCardHolderOnly() {
        byte[] pdf = pdf(SampleCertificates.household(ZHANG_WEI, "7K2M-Q9XD-40TB"), HolderMasking.NONE);

        assertThat(HolderCheck.ofPdf(pdf, ZHANG_WEI)).isEqualTo(HolderMatch.MATCH);
        assertThat(HolderCheck.ofPdf(pdf, WANG_FANG)).isEqualTo(HolderMatch.MISMATCH);
    }

    @Test
    void aPdfWithMaskedNumberAndFullNameMatchesTheCardHolderOnly() {
        byte[] pdf = pdf(SampleCertificates.socialInsurance(ZHANG_WEI, "9J4P-S2ZF-62WD", 3), HolderMasking.MASK_ID);

        assertThat(HolderCheck.ofPdf(pdf, ZHANG_WEI)).isEqualTo(HolderMatch.MATCH);
        assertThat(HolderCheck.ofPdf(pdf, WANG_FANG)).isEqualTo(HolderMatch.MISMATCH);
    }

    @Test
    void aPdfWithMaskedNumberAndMaskedNameMatchesTheCardHolder() {
        byte[] pdf = pdf(SampleCertificates.noCriminalRecord(ZHANG_WEI, "8H3N-R1YE-51VC"),
                HolderMasking.MASK_NAME_AND_ID);

        assertThat(HolderCheck.ofPdf(pdf, ZHANG_WEI)).isEqualTo(HolderMatch.MATCH);
    }

    @Test
    void aMaskedNumberThatFitsIsNotEnoughWithoutTheName() {
        // another person can share the first six and last four characters; the name must confirm
        CertificateHolder namesake = new CertificateHolder("李四", "110101199912311239");

        assertThat(HolderCheck.ofText("姓名：张* 公民身份号码：110101********1239", namesake))
                .isEqualTo(HolderMatch.NOT_FOUND);
        assertThat(HolderCheck.ofText("姓名：李* 公民身份号码：110101********1239", namesake))
                .isEqualTo(HolderMatch.MATCH);
    }

    @Test
    void theKiosksMaskingAndABackendsOlderOneAreBothRecognised() {
        assertThat(HolderCheck.ofText("姓名：张* 公民身份号码：1101**********1239", ZHANG_WEI)).isEqualTo(HolderMatch.MATCH);
        assertThat(HolderCheck.ofText("姓名：张伟 公民身份号码：110101********1239", ZHANG_WEI)).isEqualTo(HolderMatch.MATCH);
        assertThat(HolderCheck.ofText("姓名：张* 公民身份号码：1101**********9999", ZHANG_WEI)).isEqualTo(HolderMatch.MISMATCH);
        assertThat(HolderCheck.ofText("公民身份号码：******************", ZHANG_WEI)).as("shows nothing")
                .isEqualTo(HolderMatch.NOT_FOUND);
    }

    @Test
    void aPdfWithoutAnIdNumberIsNotFound() throws Exception {
        assertThat(HolderCheck.ofPdf(TestPdfs.pages(1, PDRectangle.A4, "Certificate without a holder"), ZHANG_WEI))
                .isEqualTo(HolderMatch.NOT_FOUND);
    }

    @Test
    void theCheckCharacterXMatchesInEitherCase() {
        CertificateHolder withX = new CertificateHolder("赵敏", "11010519491231002X");

        assertThat(HolderCheck.ofText("公民身份号码 11010519491231002x", withX)).isEqualTo(HolderMatch.MATCH);
    }

    @Test
    void longerDigitRunsAreNotTakenForIdNumbers() {
        assertThat(HolderCheck.ofText("账号 61102011010119850312123999", ZHANG_WEI)).isEqualTo(HolderMatch.NOT_FOUND);
    }

    @Test
    void theCardNumberAnywhereAmongOthersMatches() {
        assertThat(HolderCheck.ofText("户主 640104199007211822 成员 110101198503121239", ZHANG_WEI))
                .isEqualTo(HolderMatch.MATCH);
    }

    @Test
    void anUnreadablePdfIsASurprise() {
        assertThatThrownBy(() -> HolderCheck.ofPdf("not a pdf".getBytes(StandardCharsets.US_ASCII), ZHANG_WEI))
                .isInstanceOf(CertificateDocumentException.class);
    }
}
