package org.onetrip.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.OptionalInt;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A technician PIN as kiosk.yaml stores it: never the PIN, a salted, slow hash of it.
 *
 * <p>New hashes are Argon2id (RFC 9106, Bouncy Castle's implementation), written
 * {@code argon2id$v=19$m=MEMORY_KIB,t=PASSES,p=LANES$digits=N$SALT$HASH}, and record how many
 * digits the PIN has, so that a configuration check can refuse a short PIN without knowing it;
 * the digit count is also bound into the hash (as Argon2's associated data), so editing it makes
 * the hash match nothing. Older PBKDF2 hashes ({@code pbkdf2-sha256$ITERATIONS$SALT$HASH}) are
 * still read and still open the kiosk, but do not tell the PIN's length; the configuration check
 * refuses them outside the demo. SALT and HASH are standard Base64.
 */
public sealed interface PinHash {

    /** Both forms, as quoted in error messages. */
    String FORMAT = Argon2id.FORMAT + " (or the older " + Pbkdf2.FORMAT + ")";
    /** A technician PIN has at least this many digits. */
    int MIN_DIGITS = 6;
    /** ... and at most this many. */
    int MAX_DIGITS = 12;
    int MIN_SALT_BYTES = 16;
    int HASH_BYTES = 32;

    /** Whether the PIN entered matches, compared in constant time. Takes as long as one guess costs. */
    boolean matches(char[] pin);

    /** How many digits the PIN has, when the stored form says. */
    OptionalInt digits();

    /** The stored form. */
    String encoded();

    /**
     * Hashes a new PIN with {@link Argon2id#STANDARD} cost and a random salt.
     *
     * @throws IllegalArgumentException when the PIN is not {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits
     */
    static Argon2id create(char[] pin, SecureRandom random) {
        byte[] salt = new byte[MIN_SALT_BYTES];
        random.nextBytes(salt);
        return Argon2id.derive(pin, salt, Argon2id.STANDARD);
    }

    /** Parses the stored form; the message of the exception says which part is wrong. */
    static PinHash parse(String text) {
        if (text.startsWith(Argon2id.SCHEME + "$")) {
            return Argon2id.parse(text);
        }
        if (text.startsWith(Pbkdf2.SCHEME + "$")) {
            return Pbkdf2.parse(text);
        }
        throw new IllegalArgumentException("a PIN hash is written " + FORMAT);
    }

    /**
     * Whether a PIN is {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits; the array is not changed.
     */
    static boolean isWellFormed(char[] pin) {
        return pin != null && pin.length >= MIN_DIGITS && pin.length <= MAX_DIGITS && allDigits(pin);
    }

    private static boolean allDigits(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * How much one Argon2id guess costs.
     *
     * @param memoryKib memory in KiB, 8192 (8 MiB) to 1048576 (1 GiB)
     * @param passes    passes over the memory, 1 to 10
     * @param lanes     lanes (parallelism), 1 to 4
     */
    record Argon2Cost(int memoryKib, int passes, int lanes) {
        public Argon2Cost {
            if (memoryKib < 8192 || memoryKib > 1_048_576) {
                throw new IllegalArgumentException("m (memory in KiB) must be from 8192 to 1048576, got " + memoryKib);
            }
            if (passes < 1 || passes > 10) {
                throw new IllegalArgumentException("t (passes) must be from 1 to 10, got " + passes);
            }
            if (lanes < 1 || lanes > 4) {
                throw new IllegalArgumentException("p (lanes) must be from 1 to 4, got " + lanes);
            }
        }
    }

    /**
     * An Argon2id hash (version 0x13).
     *
     * @param cost   memory, passes and lanes
     * @param pinLength how many digits the PIN has, as the hash was made (the hashing refuses fewer than
     *                  {@value PinHash#MIN_DIGITS}); up to {@value PinHash#MAX_DIGITS}
     * @param salt   at least 16 bytes
     * @param hash   32 bytes
     */
    record Argon2id(Argon2Cost cost, int pinLength, byte[] salt, byte[] hash) implements PinHash {
        public static final String SCHEME = "argon2id";
        public static final String FORMAT = SCHEME + "$v=19$m=MEMORY_KIB,t=PASSES,p=LANES$digits=N$SALT_BASE64$HASH_BASE64";
        /** What {@code ./onetrip config hash-pin} uses: 64 MiB, 3 passes, 1 lane (RFC 9106's second choice, one lane). */
        public static final Argon2Cost STANDARD = new Argon2Cost(65_536, 3, 1);

        public Argon2id {
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(hash, "hash");
            if (pinLength < 1 || pinLength > MAX_DIGITS) {
                throw new IllegalArgumentException("digits must be from 1 to " + MAX_DIGITS + ", got " + pinLength);
            }
            requireSaltAndHash(salt, hash);
            salt = salt.clone();
            hash = hash.clone();
        }

        /**
         * Hashes a PIN with the given salt and cost.
         *
         * @throws IllegalArgumentException when the PIN is not {@value PinHash#MIN_DIGITS} to
         *                                  {@value PinHash#MAX_DIGITS} digits
         */
        public static Argon2id derive(char[] pin, byte[] salt, Argon2Cost cost) {
            if (!isWellFormed(pin)) {
                throw new IllegalArgumentException("a technician PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
            }
            return new Argon2id(cost, pin.length, salt, argon2(pin, salt, cost, pin.length));
        }

        static Argon2id parse(String text) {
            String[] parts = text.split("\\$", -1);
            if (parts.length != 6 || !parts[1].equals("v=19")) {
                throw new IllegalArgumentException("an Argon2id PIN hash is written " + FORMAT);
            }
            String[] cost = parts[2].split(",", -1);
            if (cost.length != 3 || !cost[0].startsWith("m=") || !cost[1].startsWith("t=") || !cost[2].startsWith("p=")
                    || !parts[3].startsWith("digits=")) {
                throw new IllegalArgumentException("an Argon2id PIN hash is written " + FORMAT);
            }
            try {
                Argon2Cost parsed = new Argon2Cost(Integer.parseInt(cost[0].substring(2)),
                        Integer.parseInt(cost[1].substring(2)), Integer.parseInt(cost[2].substring(2)));
                Base64.Decoder base64 = Base64.getDecoder();
                return new Argon2id(parsed, Integer.parseInt(parts[3].substring("digits=".length())),
                        base64.decode(parts[4]), base64.decode(parts[5]));
            } catch (IllegalArgumentException e) {
                // NumberFormatException is one too
                throw new IllegalArgumentException(e.getMessage() + " in " + FORMAT, e);
            }
        }

        @Override
        public boolean matches(char[] pin) {
            // a PIN of another length is checked all the same, so that the time taken tells nothing
            boolean same = MessageDigest.isEqual(hash, argon2(pin, salt, cost, pinLength));
            return same && pin.length == pinLength && pin.length > 0 && allDigits(pin);
        }

        @Override
        public OptionalInt digits() {
            return OptionalInt.of(pinLength);
        }

        @Override
        public String encoded() {
            Base64.Encoder base64 = Base64.getEncoder();
            return SCHEME + "$v=19$m=" + cost.memoryKib() + ",t=" + cost.passes() + ",p=" + cost.lanes()
                    + "$digits=" + pinLength + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        }

        private static byte[] argon2(char[] pin, byte[] salt, Argon2Cost cost, int digits) {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(cost.memoryKib())
                    .withIterations(cost.passes())
                    .withParallelism(cost.lanes())
                    .withSalt(salt)
                    .withAdditional(("digits=" + digits).getBytes(StandardCharsets.US_ASCII))
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[HASH_BYTES];
            byte[] utf8 = new byte[pin.length];
            for (int i = 0; i < pin.length; i++) {
                // digits only reach here from a well-formed PIN; anything else just fails to match
                utf8[i] = (byte) pin[i];
            }
            try {
                generator.generateBytes(utf8, out);
                return out;
            } finally {
                Arrays.fill(utf8, (byte) 0);
            }
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Argon2id that && cost.equals(that.cost) && pinLength == that.pinLength
                    && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cost, pinLength, Arrays.hashCode(salt), Arrays.hashCode(hash));
        }

        /** Never shows the hash, so that it does not end up in logs. */
        @Override
        public String toString() {
            return "PinHash[argon2id, m=" + cost.memoryKib() + ",t=" + cost.passes() + ",p=" + cost.lanes()
                    + ", " + pinLength + " digits]";
        }
    }

    /**
     * An older PBKDF2-HMAC-SHA256 hash: still read, and still opens the kiosk, but does not say
     * how long the PIN is.
     *
     * @param iterations 10 000 to 10 000 000
     * @param salt       at least 16 bytes
     * @param hash       the derived key, 32 bytes
     */
    record Pbkdf2(int iterations, byte[] salt, byte[] hash) implements PinHash {
        public static final String SCHEME = "pbkdf2-sha256";
        public static final String FORMAT = SCHEME + "$ITERATIONS$SALT_BASE64$HASH_BASE64";
        public static final int MIN_ITERATIONS = 10_000;
        public static final int MAX_ITERATIONS = 10_000_000;

        public Pbkdf2 {
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(hash, "hash");
            if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
                throw new IllegalArgumentException("iterations must be from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS
                        + ", got " + iterations);
            }
            requireSaltAndHash(salt, hash);
            salt = salt.clone();
            hash = hash.clone();
        }

        static Pbkdf2 parse(String text) {
            String[] parts = text.split("\\$", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("a PBKDF2 PIN hash is written " + FORMAT);
            }
            int iterations;
            try {
                iterations = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ITERATIONS must be a whole number in " + FORMAT);
            }
            Base64.Decoder base64 = Base64.getDecoder();
            try {
                return new Pbkdf2(iterations, base64.decode(parts[2]), base64.decode(parts[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " in " + FORMAT, e);
            }
        }

        /** Derives the older form; kept so that tests can make the hashes kiosks still carry. */
        public static Pbkdf2 derive(char[] pin, byte[] salt, int iterations) {
            return new Pbkdf2(iterations, salt, pbkdf2(pin, salt, iterations));
        }

        @Override
        public boolean matches(char[] pin) {
            return MessageDigest.isEqual(hash, pbkdf2(pin, salt, iterations));
        }

        @Override
        public OptionalInt digits() {
            return OptionalInt.empty();
        }

        @Override
        public String encoded() {
            Base64.Encoder base64 = Base64.getEncoder();
            return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
        }

        private static byte[] pbkdf2(char[] pin, byte[] salt, int iterations) {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BYTES * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK 17", e);
            } finally {
                spec.clearPassword();
            }
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pbkdf2 that && iterations == that.iterations
                    && Arrays.equals(salt, that.salt) && Arrays.equals(hash, that.hash);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * iterations + Arrays.hashCode(salt)) + Arrays.hashCode(hash);
        }

        /** Never shows the hash, so that it does not end up in logs. */
        @Override
        public String toString() {
            return "PinHash[pbkdf2-sha256, " + iterations + " iterations]";
        }
    }

    private static void requireSaltAndHash(byte[] salt, byte[] hash) {
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("salt must be at least " + MIN_SALT_BYTES + " bytes, got " + salt.length);
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("hash must be " + HASH_BYTES + " bytes, got " + hash.length);
        }
    }
}
