package org.onetrip.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A technician PIN stored as a salted PBKDF2-HMAC-SHA256 hash, written
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} with SALT and HASH in standard Base64.
 *
 * @param iterations 10 000 to 10 000 000
 * @param salt       at least 16 bytes
 * @param hash       the derived key, 32 bytes
 */
public record PinHash(int iterations, byte[] salt, byte[] hash) {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int MIN_ITERATIONS = 10_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_SALT_BYTES = 16;
    public static final int HASH_BYTES = 32;
    /** The format as quoted in error messages. */
    public static final String FORMAT = SCHEME + "$ITERATIONS$SALT_BASE64$HASH_BASE64";

    public PinHash {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS
                    + ", got " + iterations);
        }
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("salt must be at least " + MIN_SALT_BYTES + " bytes, got " + salt.length);
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("hash must be " + HASH_BYTES + " bytes, got " + hash.length);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Parses the stored form; the message of the exception says which part is wrong. */
    public static PinHash parse(String text) {
        String[] parts = text.split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("a PIN hash is written " + FORMAT);
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ITERATIONS must be a whole number in " + FORMAT);
        }
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            return new PinHash(iterations, base64.decode(parts[2]), base64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in " + FORMAT, e);
        }
    }

    /** Derives the hash of a PIN; used to make entries for the configuration file. */
    public static PinHash derive(char[] pin, byte[] salt, int iterations) {
        return new PinHash(iterations, salt, pbkdf2(pin, salt, iterations));
    }

    /** Whether the PIN entered matches, compared in constant time. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, pbkdf2(pin, salt, iterations));
    }

    private static byte[] pbkdf2(char[] pin, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK 17", e);
        }
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] hash() {
        return hash.clone();
    }

    /** The stored form, {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}. */
    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash that && iterations == that.iterations
                && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
    }

    /** Never shows the hash, so that it does not end up in logs. */
    @Override
    public String toString() {
        return "PinHash[" + SCHEME + ", " + iterations + " iterations]";
    }
}
