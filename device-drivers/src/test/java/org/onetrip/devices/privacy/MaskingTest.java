package org.onetrip.devices.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest(name = "{0} characters: {1} -> {2}")
    @CsvSource(textBlock = """
         1, 1,                    *
         2, 12,                   **
         3, 123,                  ***
         4, 1234,                 1**4
         5, 12345,                1***5
         6, 123456,               1****6
         7, 1234567,              1*****7
         8, 12345678,             12****78
         9, 123456789,            12*****89
        10, 1234567890,           12******90
        11, 12345678901,          12*******01
        12, 123456789012,         123******012
        13, 1234567890123,        123*******123
        14, 12345678901234,       123********234
        15, 123456789012345,      123*********345
        16, 1234567890123456,     1234********3456
        17, 12345678901234567,    1234*********4567
        18, 123456789012345678,   1234**********5678
        19, 1234567890123456789,  1234***********6789
        20, 12345678901234567890, 12345**********67890
        """)
    void anIdentifierShowsAQuarterAtEachEndAtMost(int length, String identifier, String masked) {
        assertThat(identifier).hasSize(length);

        assertThat(Masking.identifier(identifier)).isEqualTo(masked).hasSize(length);
        long hidden = masked.chars().filter(c -> c == '*').count();
        assertThat(hidden).as("at least half hidden").isGreaterThanOrEqualTo((length + 1) / 2)
                .isEqualTo(Masking.hiddenAtLeast(length));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(textBlock = """
        resident ID number,                  110101198503121239, 1101**********1239
        resident ID number ending in X,      11010519491231002X, 1101**********002X
        old 15-digit resident ID number,     110101850312123,    110*********123
        Belgian national number,             85073003328,        85*******28
        Belgian national number as written,  85.07.30-033.28,    85.**.**-***.28
        mobile number,                       13812345678,        13*******78
        landline with area code,             0755-26781234,      075*-*****234
        ID number masked 6+4 elsewhere,      110101********1239, 1101**********1239
        """)
    void everyKindOfIdentifierFollowsTheOneRule(String kind, String identifier, String masked) {
        assertThat(Masking.identifier(identifier)).as(kind).isEqualTo(masked);
    }

    @Test
    void aPhoneNumberIsAnIdentifier() {
        assertThat(Masking.phone("13812345678")).isEqualTo("13*******78");
        assertThat(Masking.phone("0755-26781234")).isEqualTo(Masking.identifier("0755-26781234"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        张伟,           张*
        欧阳明远,       欧***
        刘䶮,           刘*
        𠮷野,           𠮷*
        艾力·买买提,    艾*****
        Wang Fang,      W********
        Jan Peeters,    J**********
        ' Ann ',        A**
        王,             *
        """)
    void aNameShowsItsFirstCharacterOnly(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void anEmptyNameStaysEmpty() {
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.name("  ")).isEmpty();
        assertThat(Masking.identifier("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        北京市东城区景山前街4号,  北京市东城区****
        上海市徐汇区,             上海市****
        北京,                     北****
        '',                       ''
        """)
    void anAddressShowsAtMostItsFirstSixCharactersAndNeverHalf(String address, String masked) {
        assertThat(Masking.address(address)).isEqualTo(masked);
    }
}
