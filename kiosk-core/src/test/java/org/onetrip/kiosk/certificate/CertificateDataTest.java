package org.onetrip.kiosk.certificate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateDataTest {

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejected() {
        assertThatThrownBy(() -> new CertificateTable(List.of("缴费年月", "参保单位"),
                List.of(List.of("2026-01", "某公司"), List.of("2026-02"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 2 has 1 cells, the table has 2 columns");
    }

    @Test
    void aTableWithoutColumnsIsRejected() {
        assertThatThrownBy(() -> new CertificateTable(List.of(), List.of()))
                .hasMessage("a table needs at least one column");
    }

    @Test
    void validityEndingBeforeIssueIsRejected() {
        CertificateData data = SampleCertificates.household(SampleCertificates.ZHANG_WEI, "7K2M-Q9XD-40TB");

        assertThatThrownBy(() -> new CertificateData(data.typeCode(), data.title(), data.titleEn(),
                data.verificationCode(), data.holder(), data.fields(), Optional.empty(), data.notes(),
                data.issuingAuthority(), data.issuedOn(), Optional.of(data.issuedOn().minusDays(1)),
                data.verificationUrl()))
                .hasMessage("validUntil 2026-11-20 is before issuedOn 2026-11-21");
    }

    @Test
    void aBlankVerificationCodeIsRejected() {
        CertificateData data = SampleCertificates.household(SampleCertificates.ZHANG_WEI, "7K2M-Q9XD-40TB");

        assertThatThrownBy(() -> new CertificateData(data.typeCode(), data.title(), data.titleEn(), " ",
                data.holder(), data.fields(), Optional.empty(), data.notes(), data.issuingAuthority(),
                data.issuedOn(), data.validUntil(), data.verificationUrl()))
                .hasMessage("verificationCode must not be blank");
    }
}
