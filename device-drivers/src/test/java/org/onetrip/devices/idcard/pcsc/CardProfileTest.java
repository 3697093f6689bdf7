package org.onetrip.devices.idcard.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.onetrip.devices.idcard.IdentityRecord;
import org.onetrip.devices.idcard.Sex;

class CardProfileTest {
    @Test
    void parsesTlvWithMultiByteLengthsAndSkipsPadding() {
        byte[] big = new byte[300];
        byte[] data = SimpleTlv.encode(List.of(new SimpleTlv.Element(1, new byte[] {'A'}), new SimpleTlv.Element(2, big)));
        byte[] padded = java.util.Arrays.copyOf(data, data.length + 4);

        List<SimpleTlv.Element> elements = SimpleTlv.parse(padded);

        // 300 = 2 * 128 + 44: two length groups, 82 2C
        assertThat(HexFormat.of().formatHex(data, 0, 6)).isEqualTo("01014102822c");
        assertThat(elements).hasSize(2);
        assertThat(elements.get(1).value()).hasSize(300);
    }

    @Test
    void rejectsTlvRunningPastTheEnd() {
        assertThatThrownBy(() -> SimpleTlv.parse(HexFormat.of().parseHex("0105414243")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("announces 5 bytes, only 3 left");
        assertThatThrownBy(() -> SimpleTlv.parse(HexFormat.of().parseHex("0181")))
                .hasMessageContaining("runs past the end");
    }

    @Test
    void decodesTheBelgianIdentityFileTags() {
        IdentityRecord id = BelgianEidProfile.toRecord(TestCards.belgianIdentityFile(), TestCards.belgianAddressFile(), new byte[0]);

        assertThat(id.name()).isEqualTo("Jan Marie Peeters");
        assertThat(id.validity().from()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(id.photo().format()).isEqualTo(org.onetrip.devices.idcard.PhotoFormat.NONE);
    }

    @ParameterizedTest
    @CsvSource({"14 MEI 1975, 1975-05-14", "14 MAI 1975, 1975-05-14", "01 MÄR 1980, 1980-03-01", "3 AOUT 2001, 2001-08-03",
            "24 DEC 1999, 1999-12-24", "24 DEZ 1999, 1999-12-24", "12.SEPT.1960, 1960-09-12", "05.06.1970, 1970-06-05"})
    void readsBelgianBirthDatesInThreeLanguages(String text, LocalDate expected) {
        assertThat(BelgianEidProfile.birthDate(text)).isEqualTo(expected);
    }

    @Test
    void belgianGenderCodes() {
        assertThat(BelgianEidProfile.gender("M")).isEqualTo(Sex.MALE);
        assertThat(BelgianEidProfile.gender("V")).isEqualTo(Sex.FEMALE);
        assertThat(BelgianEidProfile.gender("W")).isEqualTo(Sex.FEMALE);
        assertThatThrownBy(() -> BelgianEidProfile.gender("X")).hasMessageContaining("M, F, V or W");
    }

    @Test
    void genericProfileNeedsATagForEveryField() {
        assertThatThrownBy(() -> new TlvIdentityLayout("broken", Optional.empty(), new byte[] {0x50, 0x01}, Optional.empty(),
                Map.of(IdentityField.NAME, 1), DateTimeFormatter.BASIC_ISO_DATE, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tag given for");
    }

    @Test
    void genericProfileNamesAMissingField() {
        GenericTlvProfile profile = new GenericTlvProfile(TestCards.residentLayout());
        byte[] file = SimpleTlv.encode(List.of(TestCards.text(1, "张伟")));

        assertThatThrownBy(() -> profile.toRecord(file, new byte[0])).hasMessageContaining("NATION (tag 3) is missing");
    }
}
