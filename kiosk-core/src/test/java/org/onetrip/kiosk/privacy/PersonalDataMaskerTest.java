package org.onetrip.kiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onetrip.devices.privacy.Masking;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        read card 110101198503121239 ok            | read card 1101**********1239 ok
        id=11010119850312123X                      | id=1101**********123X
        old card 110101850312123                   | old card 110*********123
        masked elsewhere 110101********1239        | masked elsewhere 1101**********1239
        phone 13812345678 given                    | phone 13*******78 given
        phone +86 13812345678                      | phone +86 13*******78
        landline 0755-26781234                     | landline 075*-*****234
        nationalNumber=85073003328 read            | nationalNumber=85*******28 read
        "nationalNumber":"85.07.30-033.28"         | "nationalNumber":"85.**.**-***.28"
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
        assertThat(masker.mask("name=𠮷田")).isEqualTo("name=𠮷*");
    }

    @org.junit.jupiter.api.Test
    void masksAsTheOnePolicyDoes() {
        String line = "applicant=欧阳明远 id=210102200102280714 phone=13912345678";

        assertThat(masker.mask(line)).isEqualTo("applicant=" + Masking.name("欧阳明远") + " id="
                + Masking.identifier("210102200102280714") + " phone=" + Masking.phone("13912345678"));
    }
}
