package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The kiosk's HMAC-SHA256 key that seals the audit journal's entries: {@code journal.key} (32 random bytes,
 * mode 0600) in the key directory, never in the data directory the journal lives in, so that whoever holds
 * a copy of the data directory, or the disk without the key directory, cannot write an entry the journal
 * accepts. The journal decides when the key is made (with its first entry); this class only reads, makes
 * and uses the file.
 *
 * <p>Thread-safe.
 */
public final class JournalKey {

    /** File name under the key directory. */
    public static final String FILE_NAME = "journal.key";

    private static final int KEY_BYTES = 32;
    private static final String WHAT = "the journal key";

    private final SecretKeySpec key;

    private JournalKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /**
     * Reads a key file.
     *
     * @throws KeyFileException when it cannot be read, has the wrong size, or is readable by other users
     */
    public static JournalKey read(Path file) {
        try {
            return new JournalKey(PrivateFiles.readSecret(file, KEY_BYTES, WHAT));
        } catch (IOException e) {
            throw new KeyFileException("cannot read " + WHAT + " " + file, e);
        }
    }

    /**
     * Makes a fresh key in {@code file} (mode 0600, forced to disk, its directory 0700), replacing any.
     *
     * @throws KeyFileException when it cannot be written
     */
    public static JournalKey create(Path file) {
        try {
            PrivateFiles.ownerOnly(file.toAbsolutePath().getParent());
            return new JournalKey(PrivateFiles.createSecret(file, KEY_BYTES));
        } catch (IOException e) {
            throw new KeyFileException("cannot write " + WHAT + " " + file, e);
        }
    }

    /**
     * The seal of one entry: HMAC-SHA256 over the previous entry's seal (its 32 bytes) followed by the entry's
     * canonical form, in lower-case hex.
     *
     * @param previousHex the previous entry's seal, 64 hex digits
     * @throws IllegalArgumentException when {@code previousHex} is not hex
     */
    public String seal(String previousHex, byte[] canonical) {
        byte[] previous = HexFormat.of().parseHex(previousHex);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(previous);
            return HexFormat.of().formatHex(mac.doFinal(canonical));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
