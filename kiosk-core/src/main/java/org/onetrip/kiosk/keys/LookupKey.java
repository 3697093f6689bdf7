package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's HMAC-SHA256 key for finding a citizen's own records without keeping the ID number: the
 * outbox's "received by the kiosk, being sent" list and the certificate ledger's daily limits. It lives in
 * the key directory ({@code lookup.key}, mode 0600, created on first start), never in the data directory
 * it serves, so a copy of the data directory cannot tell whether a given person filed here.
 *
 * <p>Thread-safe.
 */
public final class LookupKey {

    /** File name under the key directory. */
    public static final String FILE_NAME = "lookup.key";

    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private LookupKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /**
     * Reads {@code keysDir/lookup.key}, or creates it with fresh random bytes when absent.
     *
     * @throws KeyFileException when the file cannot be written or read, has the wrong size, or is readable
     *                          by other users
     */
    public static LookupKey openOrCreate(Path keysDir) {
        Path file = keysDir.resolve(FILE_NAME);
        try {
            PrivateFiles.ownerOnly(keysDir);
            if (!Files.exists(file)) {
                PrivateFiles.createSecret(file, KEY_BYTES);
            }
            return new LookupKey(PrivateFiles.readSecret(file, KEY_BYTES, "the lookup key"));
        } catch (IOException e) {
            throw new KeyFileException("cannot create or read the lookup key " + file, e);
        }
    }

    /** A keyed hash of an ID number (hex). */
    public String applicantKey(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
