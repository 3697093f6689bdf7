package org.onetrip.backend.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Semaphore;
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

    public static final String MEDIA_TYPE = org.onetrip.backend.http.Router.SEALED_MEDIA_TYPE;
    public static final String KEY_HEADER = "X-Sealing-Key";

    /** How many received files are opened at once. */
    public static final int FILES_OPENED_AT_ONCE = 1;

    private final SealingKeyring keyring;
    private final Semaphore opening = new Semaphore(FILES_OPENED_AT_ONCE);

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
     * Opens a sealed body held in memory (the transport checked its media type).
     *
     * @throws ApiException 400 {@code MISSING_HEADER} without the key's id, 409 {@code UNKNOWN_SEALING_KEY}
     *                      for a key this backend never had, 400 {@code UNSEALABLE_BODY} when it does not open
     */
    public byte[] open(ApiRequest request, String context) {
        return open(keyId(request), request.body(), context);
    }

    /**
     * Opens a sealed body the transport streamed to {@code file}. HPKE opens it whole, so at most
     * {@link #FILES_OPENED_AT_ONCE} are opened at a time: the heap holds a few files, never one per request.
     */
    public byte[] open(ApiRequest request, Path file, String context) {
        String keyId = keyId(request);
        try {
            opening.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.UNAVAILABLE, "the backend is stopping");
        }
        try {
            return open(keyId, Files.readAllBytes(file), context);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a received file", e);
        } finally {
            opening.release();
        }
    }

    private byte[] open(String keyId, byte[] sealed, String context) {
        try {
            return keyring.open(keyId, sealed, context).orElseThrow(() -> new ApiException(
                    ErrorCode.UNKNOWN_SEALING_KEY, "this backend has no sealing key " + keyId));
        } catch (GeneralSecurityException e) {
            throw new ApiException(ErrorCode.UNSEALABLE_BODY,
                    "the sealed body does not open: changed on the way, or sealed for something else");
        }
    }

    private static String keyId(ApiRequest request) {
        String keyId = request.header(KEY_HEADER);
        if (keyId == null) {
            throw new ApiException(ErrorCode.MISSING_HEADER, KEY_HEADER + " must name the sealing key's kid");
        }
        return keyId;
    }
}
