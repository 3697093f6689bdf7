package org.onetrip.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        read card 110101198503121239 ok            | read card 110101********1239 ok
        id=11010119850312123X                      | id=110101********123X
        old card 110101850312123                   | old card 110101*****2123
        phone 13812345678 given                    | phone 138****5678 given
        phone +86 13812345678                      | phone +86 138****5678
        landline 0755-26781234                     | landline 0755-****1234
        name=张伟 sex=1                            | name=张* sex=1
        "name":"欧阳明远","nation":"满"            | "name":"欧***","nation":"满"
        姓名：李秀英，性别：女                       | 姓名：李**，性别：女
        holder: Wang Fang; type CERT-SI            | holder: W********; type CERT-SI
        address=北京市东城区景山前街4号, matter X  | address=***, matter X
        order 20261121000123456789 amount 12       | order 20261121000123456789 amount 12
        tracking SZ20261121-000123                 | tracking SZ20261121-000123
        rare name=刘䶮                             | rare name=刘*
        """)
    void masksPersonalData(String line, String expected) {
        assertThat(masker.mask(line)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        outbox drained 12 filings in 340 ms
        printer status 0x12 online
        submission 3f1c2a9e-77b0-4c55-9d0e-2f6e1a6c0b11 queued
        """)
    void leavesOrdinaryLinesAlone(String line) {
        assertThat(masker.mask(line)).isEqualTo(line);
    }

    @org.junit.jupiter.api.Test
    void keepsTheFirstCharacterOfANameOutsideTheBasicPlane() {
        assertThat(PersonalDataMasker.maskName("𠮷田")).isEqualTo("𠮷*");
    }
}
