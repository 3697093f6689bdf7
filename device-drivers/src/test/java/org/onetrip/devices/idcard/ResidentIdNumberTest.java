package org.onetrip.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {
    @ParameterizedTest
    @ValueSource(strings = {"110101198503121239", "310104195211082461", "640104199007211822", "210102200102280714",
            "440305197805193287", "440103196609300155", "11010519491231002X"})
    void acceptsValidNumbers(String id) {
        assertThat(ResidentIdNumber.problem(id)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "11010119850312123, 18 characters",
            "1101011985031212390, 18 characters",
            "110101198503121238, check character",
            "11010119850312123x, check character",
            "1101011985A3121239, 17 digits",
            "110101198502301238, birth date"})
    void rejectsBadNumbersWithoutRepeatingThem(String id, String problem) {
        assertThat(ResidentIdNumber.problem(id)).hasValueSatisfying(p -> {
            assertThat(p).contains(problem);
            assertThat(p).doesNotContain(id);
        });
    }

    @Test
    void computesTheMod112CheckCharacter() {
        assertThat(ResidentIdNumber.checkCharacter("11010119850312123")).isEqualTo('9');
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.birthDate("110101198503121239")).contains(LocalDate.of(1985, 3, 12));
    }

    @Test
    void wipingARecordZeroesItsArraysAndToStringIsMasked() {
        byte[] photo = {1, 2, 3};
        byte[] raw = {4, 5};
        IdentityRecord id = new IdentityRecord("张伟", Sex.MALE, Nation.ofCode("01").orElseThrow(), LocalDate.of(1985, 3, 12), "addr",
                "110101198503121239", "auth", CardValidity.longTerm(LocalDate.of(2015, 6, 1)), new Photo(PhotoFormat.WLT, photo), raw);

        assertThat(id.isWiped()).isFalse();
        id.wipe();

        assertThat(photo).containsOnly(0);
        assertThat(raw).containsOnly(0);
        assertThat(id.isWiped()).isTrue();
        assertThat(id.toString()).startsWith("IdentityRecord[name=张*, idNumber=1101**********1239, ")
                .doesNotContain("张伟").doesNotContain("110101198503121239").doesNotContain("addr");
    }

    @Test
    void validityKnowsExpiry() {
        CardValidity validity = CardValidity.between(LocalDate.of(2004, 5, 10), LocalDate.of(2024, 5, 10));
        assertThat(validity.isExpiredOn(LocalDate.of(2024, 5, 10))).isFalse();
        assertThat(validity.isExpiredOn(LocalDate.of(2024, 5, 11))).isTrue();
        assertThat(CardValidity.longTerm(LocalDate.of(2010, 1, 15)).isExpiredOn(LocalDate.of(2099, 1, 1))).isFalse();
    }
}
