package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's AES-256 key for personal data at rest, kept in {@code keys/data.key} (mode 0600,
 * created on first start). Sealed bytes are a 12-byte random nonce followed by the AES-GCM
 * ciphertext and its 16-byte tag; the associated data binds a sealed value to where it
 * belongs (e.g. a submission id and a field), so values cannot be swapped between rows.
 *
 * <p>Thread-safe.
 */
public final class DataKey {

    /** File name under the keys directory. */
    public static final String FILE_NAME = "data.key";

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    private DataKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
        this.lookupKey = new SecretKeySpec(derive(raw, "applicant-lookup"), "HmacSHA256");
    }

    /**
     * Reads {@code keysDir/data.key}, or creates it with fresh random bytes when absent.
     *
     * @throws KeyFileException when the file cannot be written or read, has the wrong size, or
     *                          is readable by other users
     */
    public static DataKey openOrCreate(Path keysDir) {
        Path file = keysDir.resolve(FILE_NAME);
        try {
            PrivateFiles.createDirectory(keysDir);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                PrivateFiles.writeDurably(file, fresh);
            }
            if (PrivateFiles.readableByOthers(file)) {
                throw new KeyFileException("the data key " + file + " is readable by other users; make it mode 0600");
            }
            byte[] raw = Files.readAllBytes(file);
            if (raw.length != KEY_BYTES) {
                throw new KeyFileException("the data key " + file + " must hold " + KEY_BYTES + " bytes, holds "
                        + raw.length);
            }
            return new DataKey(raw);
        } catch (IOException e) {
            throw new KeyFileException("cannot create or read the data key " + file, e);
        }
    }

    /** Encrypts {@code plain}; {@code context} must be given again to {@link #open}. */
    public byte[] seal(byte[] plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Decrypts what {@link #seal} produced with the same context.
     *
     * @throws TamperedDataException when the bytes were changed, belong to another context or another key
     */
    public byte[] open(byte[] sealed, String context) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedDataException("sealed data of " + sealed.length + " bytes is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException("sealed data for " + context + " does not authenticate");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A keyed hash of an ID number (hex), so the kiosk can find an applicant's own queued
     * filings without keeping the number itself.
     */
    public String applicantLookupKey(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] derive(byte[] raw, String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Sealed data that does not decrypt: changed on disk, or sealed with another key or context. */
    public static final class TamperedDataException extends RuntimeException {
        public TamperedDataException(String message) {
            super(message);
        }
    }
}
