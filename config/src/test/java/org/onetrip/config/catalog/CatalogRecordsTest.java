package org.onetrip.config.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.config.catalog.CatalogFixtures.text;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onetrip.config.PageSize;

/** Records refuse what cannot be right on their own, with the allowed values in the message. */
class CatalogRecordsTest {

    @Test
    void feesAreKeptInFen() {
        assertThat(Fee.ofYuan("12.50")).isEqualTo(new Fee(1250));
        assertThat(Fee.ofYuan("20")).isEqualTo(new Fee(2000));
        assertThat(Fee.ofYuan("0").isFree()).isTrue();
        assertThat(new Fee(1250).yuan()).hasToString("12.50");
        assertThatThrownBy(() -> Fee.ofYuan("0.125")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> Fee.ofYuan("-1")).hasMessageContaining("from 0");
    }

    @Test
    void codesHaveOneShape() {
        assertThatThrownBy(() -> new Department("scjg", text("市场监管"))).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> new Department("S", text("市场监管"))).hasMessageContaining("2 to 40");
    }

    @Test
    void aChoiceFieldNeedsOptionsAndOnlyItHasThem() {
        assertThatThrownBy(() -> new FormField("SEX", FieldType.CHOICE, text("性别"), FieldRule.DEFAULT,
                PrefillSource.ID_CARD_SEX, List.of())).hasMessageContaining("at least two options");
        List<ChoiceOption> options = List.of(new ChoiceOption("YES", text("是")), new ChoiceOption("NO", text("否")));
        assertThatThrownBy(() -> new FormField("NAME", FieldType.TEXT, text("姓名"), FieldRule.DEFAULT,
                PrefillSource.NONE, options))
                .hasMessageContaining("only a choice field");
    }

    @Test
    void aFieldRuleChecksLengthInCharactersAndThePattern() {
        FieldRule mobile = new FieldRule(Optional.of("1[3-9]\\d{9}"), 11, 11);

        assertThat(mobile.accepts("13800138000")).isTrue();
        assertThat(mobile.accepts("12800138000")).isFalse();
        assertThat(new FieldRule(Optional.empty(), 2, 3).accepts("刘䶮")).isTrue();
        assertThatThrownBy(() -> new FieldRule(Optional.of("[a-"), 0, 10)).hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> new FieldRule(Optional.empty(), 5, 4)).hasMessageContaining("minLength <= maxLength");
    }

    @Test
    void aMatterListsAFieldOrMaterialOnce() {
        assertThatThrownBy(() -> new Matter("M1", text("事项"), "GAJ", "household", List.of(), List.of(),
                List.of(new FormEntry("NAME", true), new FormEntry("NAME", false)), List.of(), 1, Fee.FREE, true))
                .hasMessageContaining("field NAME is listed twice");
    }

    @Test
    void aTopUpDeadlineHasARange() {
        assertThatThrownBy(() -> new MaterialRequirement("LEASE", Optional.of(0), Optional.empty()))
                .hasMessageContaining("from 1 to 60 days");
    }

    @Test
    void aCertificateIsValidForDays() {
        assertThatThrownBy(() -> new CertificateType("ZM-HJ", text("户籍证明"), "GAJ", HolderIdentifier.ID_NUMBER,
                PageSize.A4, Period.ofMonths(1), HolderMasking.NONE, CertificateSource.DATA, Optional.empty()))
                .hasMessageContaining("1 to 366 days");
    }
}
