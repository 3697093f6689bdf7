package org.onetrip.devices.scanner.escl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.onetrip.devices.scanner.ScanColorMode;
import org.onetrip.devices.scanner.ScanRequest;
import org.onetrip.devices.scanner.ScanSource;
import org.onetrip.devices.scanner.ScannerCapabilities;
import org.onetrip.devices.status.DeviceReason;
import org.onetrip.devices.status.DeviceState;

class EsclCodecTest {
    private static final String NS = "xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\" "
            + "xmlns:pwg=\"http://www.pwg.org/schemas/2010/12/sm\"";

    /** Shaped like the capabilities of an office multifunction printer: platen only, three resolutions. */
    private static final String PLATEN_ONLY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scan:ScannerCapabilities %s>
              <pwg:Version>2.6</pwg:Version>
              <pwg:MakeAndModel>Example LaserJet MFP</pwg:MakeAndModel>
              <scan:Platen><scan:PlatenInputCaps>
                <scan:SettingProfiles><scan:SettingProfile>
                  <scan:ColorModes><scan:ColorMode>BlackAndWhite1</scan:ColorMode><scan:ColorMode>Grayscale8</scan:ColorMode>
                    <scan:ColorMode>RGB24</scan:ColorMode><scan:ColorMode>RGB48</scan:ColorMode></scan:ColorModes>
                  <scan:DocumentFormats><pwg:DocumentFormat>application/pdf</pwg:DocumentFormat>
                    <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat></scan:DocumentFormats>
                  <scan:SupportedResolutions><scan:DiscreteResolutions>
                    <scan:DiscreteResolution><scan:XResolution>600</scan:XResolution><scan:YResolution>600</scan:YResolution></scan:DiscreteResolution>
                    <scan:DiscreteResolution><scan:XResolution>75</scan:XResolution><scan:YResolution>75</scan:YResolution></scan:DiscreteResolution>
                    <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
                  </scan:DiscreteResolutions></scan:SupportedResolutions>
                </scan:SettingProfile></scan:SettingProfiles>
              </scan:PlatenInputCaps></scan:Platen>
            </scan:ScannerCapabilities>
            """.formatted(NS);

    @Test
    void readsCapabilitiesOfAPlatenScanner() {
        ScannerCapabilities caps = EsclCodec.capabilities(PLATEN_ONLY.getBytes(StandardCharsets.UTF_8));

        assertThat(caps.model()).isEqualTo("Example LaserJet MFP");
        assertThat(caps.sources()).containsExactly(ScanSource.PLATEN);
        assertThat(caps.resolutions()).containsExactly(75, 300, 600);
        assertThat(caps.colorModes()).containsExactlyInAnyOrder(ScanColorMode.BLACK_AND_WHITE, ScanColorMode.GRAYSCALE,
                ScanColorMode.COLOR);
        assertThat(caps.formats()).containsExactlyInAnyOrder("application/pdf", "image/jpeg");
        assertThat(caps.refusal(ScanRequest.jpeg(ScanSource.FEEDER, 300, ScanColorMode.COLOR))).get().asString()
                .contains("FEEDER");
        assertThat(caps.refusal(ScanRequest.jpeg(ScanSource.PLATEN, 150, ScanColorMode.COLOR))).get().asString()
                .contains("150 dpi");
        assertThat(caps.refusal(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.GRAYSCALE))).isEmpty();
    }

    @Test
    void readsStatusWithFeederStateAndJobs() {
        String xml = """
                <scan:ScannerStatus %s>
                  <pwg:Version>2.0</pwg:Version>
                  <pwg:State>Idle</pwg:State>
                  <scan:AdfState>ScannerAdfJam</scan:AdfState>
                  <scan:Jobs><scan:JobInfo><pwg:JobUri>/eSCL/ScanJobs/7</pwg:JobUri>
                    <pwg:ImagesCompleted>2</pwg:ImagesCompleted><pwg:JobState>Aborted</pwg:JobState></scan:JobInfo></scan:Jobs>
                </scan:ScannerStatus>
                """.formatted(NS);

        EsclStatus status = EsclCodec.status(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(status.state()).isEqualTo(EsclStatus.ScannerState.IDLE);
        assertThat(status.adf()).contains(EsclStatus.AdfState.JAM);
        assertThat(status.jobs()).containsExactly(new EsclStatus.JobInfo("/eSCL/ScanJobs/7", "Aborted", 2));
        assertThat(status.deviceState()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(status.reasons()).containsExactly(DeviceReason.MEDIA_JAM);
    }

    @Test
    void mapsScannerStatesToTheCommonModel() {
        assertThat(status("Idle", "ScannerAdfLoaded").deviceState()).isEqualTo(DeviceState.ONLINE);
        assertThat(status("Processing", "ScannerAdfProcessing").deviceState()).isEqualTo(DeviceState.BUSY);
        assertThat(status("Idle", "ScannerAdfEmpty").reasons()).containsExactly(DeviceReason.FEEDER_EMPTY);
        assertThat(status("Idle", "ScannerAdfDoorOpen").reasons()).containsExactly(DeviceReason.COVER_OPEN);
        assertThat(status("Down", "ScannerAdfLoaded").deviceState()).isEqualTo(DeviceState.HARDWARE_ERROR);
        assertThat(status("Idle", "ScannerAdfSomethingNew").adf()).contains(EsclStatus.AdfState.OTHER);
    }

    private static EsclStatus status(String state, String adf) {
        return EsclCodec.status(("<scan:ScannerStatus " + NS + "><pwg:State>" + state + "</pwg:State><scan:AdfState>" + adf
                + "</scan:AdfState></scan:ScannerStatus>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scanSettingsRoundTrip() {
        ScanRequest request = new ScanRequest(ScanSource.FEEDER, 300, ScanColorMode.GRAYSCALE, ScanRequest.PNG);

        String xml = EsclCodec.scanSettings(request);

        assertThat(xml).contains("<pwg:InputSource>Feeder</pwg:InputSource>", "<scan:ColorMode>Grayscale8</scan:ColorMode>",
                "<scan:XResolution>300</scan:XResolution>", "<pwg:Width>2480</pwg:Width>", "<pwg:Height>3508</pwg:Height>");
        assertThat(EsclCodec.scanRequest(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(request);
    }

    @Test
    void refusesAnExternalEntity() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <scan:ScannerStatus %s><pwg:State>&xxe;</pwg:State></scan:ScannerStatus>
                """.formatted(NS);

        assertThatThrownBy(() -> EsclCodec.status(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EsclFormatException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansion() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <scan:ScannerStatus %s><pwg:State>&lol2;</pwg:State></scan:ScannerStatus>
                """.formatted(NS);

        assertThatThrownBy(() -> EsclCodec.status(bomb.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EsclFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not xml at all",
        "<scan:ScannerStatus xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\">",
        "<scan:ScannerStatus xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\"></scan:ScannerStatus>",
        "<scan:ScannerStatus xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\" xmlns:pwg=\"http://www.pwg.org/schemas/2010/12/sm\"><pwg:State>Sleeping</pwg:State></scan:ScannerStatus>",
        "<scan:ScannerCapabilities xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\"></scan:ScannerCapabilities>",
    })
    void refusesMalformedStatusWithAClearError(String xml) {
        assertThatThrownBy(() -> EsclCodec.status(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EsclFormatException.class).hasMessageNotContaining("null");
    }

    @Test
    void refusesCapabilitiesWithoutInputs() {
        String xml = "<scan:ScannerCapabilities " + NS + "><pwg:MakeAndModel>X</pwg:MakeAndModel></scan:ScannerCapabilities>";

        assertThatThrownBy(() -> EsclCodec.capabilities(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EsclFormatException.class).hasMessageContaining("neither a Platen nor an Adf");
    }

    @Test
    void refusesScanSettingsOutOfRange() {
        String xml = EsclCodec.scanSettings(ScanRequest.jpeg(ScanSource.PLATEN, 300, ScanColorMode.COLOR))
                .replace("<scan:XResolution>300", "<scan:XResolution>5000");

        assertThatThrownBy(() -> EsclCodec.scanRequest(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EsclFormatException.class).hasMessageContaining("75 to 1200");
    }
}
