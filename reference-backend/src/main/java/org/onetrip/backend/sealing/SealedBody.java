package org.onetrip.backend.sealing;

import java.security.GeneralSecurityException;
import org.onetrip.backend.http.ApiException;
import org.onetrip.backend.http.ApiRequest;
import org.onetrip.backend.http.ErrorCode;

/**
 * Opens a request body a kiosk sealed to one of the backend's keys: media type {@value #MEDIA_TYPE}, the
 * key's {@code kid} in {@value #KEY_HEADER}, the body RFC 9180's {@code enc || ciphertext}, and the HPKE
 * {@code info} naming what the body is (so a sealed manifest cannot pass for a file, or one filing's file
 * for another's).
 */
public final class SealedBody {

    public static final String MEDIA_TYPE = "application/vnd.onetrip.sealed";
    public static final String KEY_HEADER = "X-Sealing-Key";

    private final SealingKeyring keyring;

    public SealedBody(SealingKeyring keyring) {
        this.keyring = keyring;
    }

    /** The HPKE info of a filing's signed manifest. */
    public static String manifestContext(String submissionId) {
        return "onetrip/v1/manifest/" + submissionId;
    }

    /** The HPKE info of one of a filing's material files. */
    public static String fileContext(String submissionId, String fileName) {
        return "onetrip/v1/file/" + submissionId + "/" + fileName;
    }

    /**
     * @throws ApiException 415 when the body is not sealed, 409 {@code UNKNOWN_SEALING_KEY} for a key this
     *                      backend never had, 400 {@code UNSEALABLE_BODY} when it does not open
     */
    public byte[] open(ApiRequest request, String context) {
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith(MEDIA_TYPE)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "filings travel sealed to the backend's key: Content-Type must be " + MEDIA_TYPE);
        }
        String keyId = request.header(KEY_HEADER);
        if (keyId == null) {
            throw new ApiException(ErrorCode.MISSING_HEADER, KEY_HEADER + " must name the sealing key's kid");
        }
        try {
            return keyring.open(keyId, request.body(), context).orElseThrow(() -> new ApiException(
                    ErrorCode.UNKNOWN_SEALING_KEY, "this backend has no sealing key " + keyId));
        } catch (GeneralSecurityException e) {
            throw new ApiException(ErrorCode.UNSEALABLE_BODY,
                    "the sealed body does not open: changed on the way, or sealed for something else");
        }
    }
}
