package org.onetrip.backend.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in the forms the contract uses. */
public final class Digests {

    private Digests() {
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Lower-case hex, 64 characters. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    /**
     * The key under which an applicant's filings and certificates are stored, so that the
     * tables and their indexes hold no raw ID number.
     */
    public static String applicantKey(String idNumber) {
        return sha256Hex(("onetrip-applicant:" + idNumber.toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
    }
}
