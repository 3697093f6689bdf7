package org.onetrip.kiosk.keys;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the kiosk's identity key is held, and how to reach the TPM when it is held there.
 *
 * @param holder        {@link KeyHolder#AUTO} on kiosks: a TPM when one is configured and its
 *                      PKCS#11 module is installed, otherwise a file
 * @param keysDirectory the kiosk's key directory (mode 0700): the key file or the TPM marker, and
 *                      the certificate chain
 * @param tpm           the tpm2-pkcs11 token, when the kiosk has a TPM
 */
public record IdentityKeySettings(KeyHolder holder, Path keysDirectory, Optional<TpmToken> tpm) {

    /** Where the identity key is held. */
    public enum KeyHolder {
        /**
         * The TPM when a token is configured and its PKCS#11 module is installed, otherwise a file;
         * a kiosk whose key is already in the TPM (or a file) keeps it there.
         */
        AUTO,
        /** Only the TPM; opening fails when the TPM cannot be reached. */
        TPM,
        /** A key file, mode 0600, not hardware-protected. */
        FILE
    }

    public IdentityKeySettings {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(keysDirectory, "keysDirectory");
        Objects.requireNonNull(tpm, "tpm");
        if (holder == KeyHolder.TPM && tpm.isEmpty()) {
            throw new IllegalArgumentException("the identity key is to be held in the TPM, but no TPM token is configured");
        }
    }

    /** Where a kiosk whose data directory is {@code dataDirectory} keeps its identity key: {@code <dataDirectory>-keys}. */
    public static Path keyDirectory(Path dataDirectory) {
        return org.onetrip.config.KioskSettings.keyDirectoryOf(dataDirectory);
    }

    /**
     * A kiosk's identity key as its service runs it: {@link KeyHolder#AUTO} in {@link #keyDirectory},
     * with the TPM token the service's environment names ({@link TpmToken#fromEnvironment}).
     *
     * @throws IllegalArgumentException when the environment names a TPM token wrongly
     */
    public static IdentityKeySettings forKiosk(Path dataDirectory, Map<String, String> environment) {
        return auto(keyDirectory(dataDirectory), TpmToken.fromEnvironment(environment));
    }

    /** The key in a file in {@code keysDirectory}, whatever hardware there is. */
    public static IdentityKeySettings inFile(Path keysDirectory) {
        return new IdentityKeySettings(KeyHolder.FILE, keysDirectory, Optional.empty());
    }

    /** The key in the TPM, failing when the token cannot be opened. */
    public static IdentityKeySettings inTpm(Path keysDirectory, TpmToken token) {
        return new IdentityKeySettings(KeyHolder.TPM, keysDirectory, Optional.of(token));
    }

    /** The TPM when {@code token} is given and its module installed, otherwise a file. */
    public static IdentityKeySettings auto(Path keysDirectory, Optional<TpmToken> token) {
        return new IdentityKeySettings(KeyHolder.AUTO, keysDirectory, token);
    }

    /**
     * A token of tpm2-pkcs11, reached through Java's SunPKCS11 provider.
     *
     * <p>tpm2-pkcs11 reads where its store is and how to reach the TPM only from the process
     * environment, when it is first used in the JVM: {@code TPM2_PKCS11_STORE} (the directory
     * {@code tpm2_ptool init} was run in) and {@code TPM2_PKCS11_TCTI} (unset: the kernel's
     * resource manager {@code /dev/tpmrm0}). They must be set in the kiosk service's environment.
     *
     * @param pkcs11Module the library, {@link #DEBIAN_MODULE} from Debian's libtpm2-pkcs11-1
     * @param slot         the token's slot, the id {@code tpm2_ptool listtokens} shows (1 for the first token)
     * @param userPinFile  a file readable only by the kiosk user holding the token's user PIN
     *                     (one line; a trailing newline is ignored)
     */
    public record TpmToken(Path pkcs11Module, long slot, Path userPinFile) {

        /** Where Debian 12's libtpm2-pkcs11-1 installs the PKCS#11 module on amd64. */
        public static final Path DEBIAN_MODULE = Path.of("/usr/lib/x86_64-linux-gnu/pkcs11/libtpm2_pkcs11.so");
        /** The token's slot, set in the kiosk service's environment beside {@code TPM2_PKCS11_STORE}. */
        public static final String SLOT_VARIABLE = "ONETRIP_TPM_SLOT";
        /** The file holding the token's user PIN (mode 0600). */
        public static final String PIN_FILE_VARIABLE = "ONETRIP_TPM_PIN_FILE";
        /** The PKCS#11 module, when not {@link #DEBIAN_MODULE}. */
        public static final String MODULE_VARIABLE = "ONETRIP_TPM_MODULE";

        /**
         * The token named by {@value #SLOT_VARIABLE} and {@value #PIN_FILE_VARIABLE} (and optionally
         * {@value #MODULE_VARIABLE}); empty when the slot is not set: the kiosk has no TPM token.
         *
         * @throws IllegalArgumentException when the slot is not a number or the PIN file is not named
         */
        public static Optional<TpmToken> fromEnvironment(Map<String, String> environment) {
            String slot = environment.get(SLOT_VARIABLE);
            if (slot == null || slot.isBlank()) {
                return Optional.empty();
            }
            String pinFile = environment.get(PIN_FILE_VARIABLE);
            if (pinFile == null || pinFile.isBlank()) {
                throw new IllegalArgumentException(SLOT_VARIABLE + " is set, so " + PIN_FILE_VARIABLE
                        + " must name the file holding the TPM token's user PIN");
            }
            long number;
            try {
                number = Long.parseLong(slot.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SLOT_VARIABLE + " must be the token's slot number, is " + slot);
            }
            String module = environment.get(MODULE_VARIABLE);
            return Optional.of(new TpmToken(module == null || module.isBlank() ? DEBIAN_MODULE : Path.of(module),
                    number, Path.of(pinFile)));
        }

        public TpmToken {
            Objects.requireNonNull(pkcs11Module, "pkcs11Module");
            Objects.requireNonNull(userPinFile, "userPinFile");
            if (slot < 0) {
                throw new IllegalArgumentException("the TPM token's slot must be 0 or more, is " + slot);
            }
        }
    }
}
