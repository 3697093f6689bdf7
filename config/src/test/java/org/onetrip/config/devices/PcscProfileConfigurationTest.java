package org.onetrip.config.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.config.ConfigurationLoaderAccess;

/** A PC/SC reader's card profile, and the generic TLV layout a technician writes for it. */
class PcscProfileConfigurationTest {

    private static final String TLV_READER = """
              idCardReader:
                kind: pcsc
                reader: ACS ACR39U
                profile: generic-tlv
                tlv:
                  aid: F00102030406
                  file: 3F00 E001
                  dateFormat: yyyy-MM-dd
                  tags: {name: 1, sex: 2, nation: 3, birthDate: 4, address: 5, idNumber: 6, authority: 7, validFrom: 8}
            """;

    @TempDir
    Path dir;

    @Test
    void aGenericTlvLayoutIsReadIntoTheConnection() {
        DeviceConnection.Pcsc pcsc = (DeviceConnection.Pcsc) ConfigurationLoaderAccess.withDevices(dir, TLV_READER)
                .load().kiosk().device(DeviceRole.ID_CARD_READER).orElseThrow().connection();

        assertThat(pcsc.profile()).isEqualTo(CardProfile.GENERIC_TLV);
        assertThat(pcsc.readerName()).contains("ACS ACR39U");
        TlvLayout layout = pcsc.tlvLayout().orElseThrow();
        assertThat(HexFormat.of().withUpperCase().formatHex(layout.aid().orElseThrow())).isEqualTo("F00102030406");
        assertThat(HexFormat.of().withUpperCase().formatHex(layout.file())).isEqualTo("3F00E001");
        assertThat(layout.photo()).isEmpty();
        assertThat(layout.dateFormat()).isEqualTo("yyyy-MM-dd");
        assertThat(layout.residentIdNumber()).isTrue();
        assertThat(layout.tags()).containsEntry(TlvField.NAME, 1).containsEntry(TlvField.VALID_FROM, 8)
                .doesNotContainKey(TlvField.VALID_TO).hasSize(8);
    }

    @Test
    void theBelgianEidNeedsNoLayout() {
        DeviceConnection.Pcsc pcsc = (DeviceConnection.Pcsc) ConfigurationLoaderAccess.withDevices(dir, """
                  idCardReader: {kind: pcsc}
                """).load().kiosk().device(DeviceRole.ID_CARD_READER).orElseThrow().connection();

        assertThat(pcsc).isEqualTo(new DeviceConnection.Pcsc(java.util.Optional.empty(), CardProfile.BELGIAN_EID));
    }

    @Test
    void genericTlvWithoutALayoutSaysWhatIsMissing() {
        assertThat(ConfigurationLoaderAccess.withDevices(dir, """
                  idCardReader: {kind: pcsc, profile: generic-tlv}
                """).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.idCardReader.tlv");
            assertThat(problem.message()).contains("required key is missing", "file and tags");
        });
    }

    @Test
    void aMissingTagAndBadHexAreEachReportedWhereTheyStand() {
        ConfigurationLoaderAccess config = ConfigurationLoaderAccess.withDevices(dir, TLV_READER
                .replace("file: 3F00 E001", "file: 3F00E0G1")
                .replace("idNumber: 6, ", ""));

        assertThat(config.problems()).extracting(problem -> problem.keyPath() + ": " + problem.message())
                .containsExactlyInAnyOrder(
                        "devices.idCardReader.tlv.file: expected 2-byte file ids in hex, e.g. 3F00DF014031, got '3F00E0G1'",
                        "devices.idCardReader.tlv.tags.idNumber: required key is missing; expected a whole number from 1 to 255");
    }

    @Test
    void aFilePathOfOddBytesIsRefused() {
        assertThat(ConfigurationLoaderAccess.withDevices(dir, TLV_READER.replace("file: 3F00 E001", "file: 3F00E0"))
                .problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.idCardReader.tlv");
            assertThat(problem.message()).contains("whole 2-byte file ids");
        });
    }

    @Test
    void aLayoutBesideAnotherProfileIsPointedOut() {
        assertThat(ConfigurationLoaderAccess.withDevices(dir, """
                  idCardReader:
                    kind: pcsc
                    profile: belgian-eid
                    tlv: {file: 3F00E001}
                """).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.idCardReader.tlv");
            assertThat(problem.message()).contains("only with profile generic-tlv");
        });
    }

    @Test
    void aMistypedProfileGetsASuggestion() {
        assertThat(ConfigurationLoaderAccess.withDevices(dir, """
                  idCardReader: {kind: pcsc, profile: belgian-ied}
                """).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("did you mean 'belgian-eid'?"));
    }

    @Test
    void tagsAreCheckedInRange() {
        assertThat(ConfigurationLoaderAccess.withDevices(dir, TLV_READER.replace("name: 1,", "name: 300,"))
                .problems()).singleElement().satisfies(problem -> {
            assertThat(problem.keyPath()).isEqualTo("devices.idCardReader.tlv.tags.name");
            assertThat(problem.message()).contains("from 1 to 255", "'300'");
        });
    }
}
