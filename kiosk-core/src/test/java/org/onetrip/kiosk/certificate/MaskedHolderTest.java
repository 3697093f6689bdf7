package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onetrip.config.catalog.HolderMasking;

class MaskedHolderTest {

    private static final CertificateHolder OUYANG = new CertificateHolder("欧阳明远", "210102200102280714");

    @Test
    void noneKeepsEverything() {
        MaskedHolder masked = MaskedHolder.of(OUYANG, HolderMasking.NONE);

        assertThat(masked.name()).isEqualTo("欧阳明远");
        assertThat(masked.idNumber()).isEqualTo("210102200102280714");
    }

    @Test
    void maskIdKeepsTheFirstFourAndLastFour() {
        MaskedHolder masked = MaskedHolder.of(OUYANG, HolderMasking.MASK_ID);

        assertThat(masked.name()).isEqualTo("欧阳明远");
        assertThat(masked.idNumber()).isEqualTo("2101**********0714");
    }

    @Test
    void maskNameAndIdKeepsTheFirstCharacterOfTheName() {
        MaskedHolder masked = MaskedHolder.of(OUYANG, HolderMasking.MASK_NAME_AND_ID);

        assertThat(masked.name()).isEqualTo("欧***");
        assertThat(masked.idNumber()).isEqualTo("2101**********0714");
    }

    @Test
    void aFirstCharacterOutsideTheBasicPlaneIsKeptWhole() {
        assertThat(MaskedHolder.of(new CertificateHolder("𠮷野", "440103196609300155"), HolderMasking.MASK_NAME_AND_ID)
                .name()).isEqualTo("𠮷*");
        assertThat(MaskedHolder.of(new CertificateHolder("刘𪚥", "440103196609300155"), HolderMasking.MASK_NAME_AND_ID)
                .name()).isEqualTo("刘*");
    }

    @Test
    void aShortNumberShowsAQuarterAtEachEndAtMost() {
        assertThat(MaskedHolder.of(new CertificateHolder("张伟", "1234567890"), HolderMasking.MASK_ID).idNumber())
                .isEqualTo("12******90");
    }

    @Test
    void theHolderIsMaskedInsideOtherTexts() {
        MaskedHolder masked = MaskedHolder.of(OUYANG, HolderMasking.MASK_NAME_AND_ID);

        assertThat(masked.applyTo("经查询，未发现欧阳明远（210102200102280714）有犯罪记录。"))
                .isEqualTo("经查询，未发现欧***（2101**********0714）有犯罪记录。");
    }

    @Test
    void neitherHolderNorMaskedHolderPrintsPersonalDataWhenLogged() {
        assertThat(OUYANG.toString()).isEqualTo("CertificateHolder[2101**********0714]");
        assertThat(MaskedHolder.of(OUYANG, HolderMasking.NONE).toString())
                .doesNotContain("欧阳明远").doesNotContain("210102200102280714");
    }
}
