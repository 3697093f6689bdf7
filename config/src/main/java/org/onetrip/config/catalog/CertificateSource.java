package org.onetrip.config.catalog;

import org.onetrip.config.ConfigName;

/** Who lays out the certificate's pages. */
public enum CertificateSource implements ConfigName {
    /** The backend sends data; the kiosk renders the pages from its template. */
    DATA("data"),
    /** The backend sends a signed PDF; the kiosk prints it unchanged. */
    PDF("pdf");

    private final String configName;

    CertificateSource(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
