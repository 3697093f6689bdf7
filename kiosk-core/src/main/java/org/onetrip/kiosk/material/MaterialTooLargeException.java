package org.onetrip.kiosk.material;

import org.onetrip.kiosk.submission.ScannedMaterial;

/** A material's PDF is larger than one filing file may be; the citizen should split it or scan in grey. */
public final class MaterialTooLargeException extends RuntimeException {
    private final String materialCode;

    public MaterialTooLargeException(String materialCode, int pages, long bytes) {
        super("material " + materialCode + " is " + bytes + " bytes in " + pages + " pages; at most "
                + ScannedMaterial.MAX_BYTES + " bytes may be filed");
        this.materialCode = materialCode;
    }

    public String materialCode() {
        return materialCode;
    }
}
