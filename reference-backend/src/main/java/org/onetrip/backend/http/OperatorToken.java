package org.onetrip.backend.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The secret an operator (a test, a demo script, a trainer) shows as {@code Authorization:
 * Bearer <token>} to use the administration and fault-injection endpoints. Kiosks never need it.
 *
 * <p>Either given (an option) or kept in {@code <data>/operator-token}: created on first start
 * with 32 random bytes, base64url, readable by its owner only (mode 0600), and read again on
 * every later start.
 */
public final class OperatorToken {

    /** The token file's name in the data directory. */
    public static final String FILE_NAME = "operator-token";

    private static final int SHORTEST = 16;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final byte[] secret;

    private OperatorToken(String value) {
        if (value == null || value.length() < SHORTEST || !value.matches("[A-Za-z0-9._~+/=-]+")) {
            throw new IllegalArgumentException("an operator token must be at least " + SHORTEST
                    + " characters of letters, digits and -._~+/=");
        }
        this.secret = value.getBytes(StandardCharsets.US_ASCII);
    }

    /** A token chosen by the operator. */
    public static OperatorToken of(String value) {
        return new OperatorToken(value);
    }

    /**
     * The token kept in {@code dataDir}, created there (mode 0600) when there is none yet.
     *
     * @throws UncheckedIOException when the file cannot be read or written
     * @throws IllegalStateException when the file holds no valid token, or others may read it
     */
    public static OperatorToken inDataDirectory(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(permissions)) {
                    throw new IllegalStateException(file + " may be read by others ("
                            + PosixFilePermissions.toString(permissions) + "); make it 0600");
                }
            }
            return new OperatorToken(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the operator token " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " holds no valid operator token: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another start created it first: use that one
        }
    }

    /** The token, for in-process callers such as tests and the demo. */
    public String value() {
        return new String(secret, StandardCharsets.US_ASCII);
    }

    /**
     * Checks an {@code Authorization} header value in constant time.
     *
     * @throws ApiException 401 {@link ErrorCode#OPERATOR_TOKEN_REQUIRED} when it is missing or wrong
     */
    public void check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(ErrorCode.OPERATOR_TOKEN_REQUIRED,
                    "this endpoint needs the operator token as 'Authorization: Bearer <token>'");
        }
        byte[] given = authorization.substring(7).trim().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, secret)) {
            throw new ApiException(ErrorCode.OPERATOR_TOKEN_REQUIRED, "the operator token is not valid");
        }
    }

    @Override
    public String toString() {
        return "OperatorToken[hidden]";
    }
}
