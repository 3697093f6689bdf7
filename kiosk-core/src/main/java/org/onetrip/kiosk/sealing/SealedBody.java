package org.onetrip.kiosk.sealing;

import java.util.Objects;

/**
 * Bytes sealed to the approval system: RFC 9180's {@code enc || ciphertext}, and the id of the key they
 * are sealed to. The kiosk cannot open them.
 */
public record SealedBody(String keyId, byte[] bytes) {

    /** The media type the contract gives sealed bodies. */
    public static final String MEDIA_TYPE = "application/vnd.onetrip.sealed";
    /** The header that names the key. */
    public static final String KEY_HEADER = "X-Sealing-Key";

    public SealedBody {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The HPKE info of a filing's signed manifest. */
    public static String manifestContext(String submissionId) {
        return "onetrip/v1/manifest/" + submissionId;
    }

    /** The HPKE info of one of a filing's material files. */
    public static String fileContext(String submissionId, String fileName) {
        return "onetrip/v1/file/" + submissionId + "/" + fileName;
    }

    @Override
    public String toString() {
        return "SealedBody[" + keyId + ", " + bytes.length + " bytes]";
    }
}
