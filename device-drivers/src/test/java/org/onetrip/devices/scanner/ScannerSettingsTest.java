package org.onetrip.devices.scanner;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onetrip.devices.scanner.escl.EsclScanner;
import org.onetrip.devices.scanner.escl.EsclSettings;
import org.onetrip.devices.scanner.folder.FolderSettings;
import org.onetrip.devices.scanner.image.JpegEncoder;
import org.onetrip.devices.scanner.image.PageStandard;

/** Settings and requests are refused at once, with the allowed range in the message. */
class ScannerSettingsTest {

    @Test
    void scanRequests() {
        assertThatThrownBy(() -> ScanRequest.jpeg(ScanSource.PLATEN, 50, ScanColorMode.COLOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("resolution must be 75 to 1200 dpi, was 50");
        assertThatThrownBy(() -> new ScanRequest(ScanSource.PLATEN, 300, ScanColorMode.COLOR, "application/pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format must be one of");
        assertThatThrownBy(() -> new ScanRequest(null, 300, ScanColorMode.COLOR, ScanRequest.JPEG))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
    }

    @Test
    void pageStandard() {
        assertThatThrownBy(() -> new PageStandard(1200, 0.75f)).hasMessage("standard resolution must be 75 to 600 dpi, was 1200");
        assertThatThrownBy(() -> new PageStandard(300, 0f)).hasMessage("JPEG quality must be 0.1 to 1.0, was 0.0");
        assertThatThrownBy(() -> new JpegEncoder(1.5f)).hasMessage("JPEG quality must be 0.1 to 1.0, was 1.5");
    }

    @Test
    void driverSettings() {
        assertThatThrownBy(() -> new EsclSettings(Duration.ZERO, Duration.ofSeconds(1), 1, Duration.ZERO))
                .hasMessageContaining("requestTimeout must be positive");
        assertThatThrownBy(() -> new EsclSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 61, Duration.ZERO))
                .hasMessage("busyRetries must be 0 to 60, was 61");
        assertThatThrownBy(() -> new FolderSettings(Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofSeconds(5), 300))
                .hasMessageContaining("settle must be 100 ms to 30 s");
        assertThatThrownBy(() -> new FolderSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(5), 300))
                .hasMessageContaining("longer than settle");
        assertThatThrownBy(() -> new EsclScanner(java.net.URI.create("ipp://printer/"), EsclSettings.defaults(),
                java.time.Clock.systemUTC())).hasMessageContaining("must be http:// or https://");
    }

    @Test
    void capabilitiesNeedSomethingToOffer() {
        assertThatThrownBy(() -> new ScannerCapabilities("x", java.util.Set.of(), new java.util.TreeSet<>(java.util.Set.of(300)),
                java.util.Set.of(ScanColorMode.COLOR), java.util.Set.of(ScanRequest.JPEG)))
                .hasMessageContaining("at least one source");
    }
}
