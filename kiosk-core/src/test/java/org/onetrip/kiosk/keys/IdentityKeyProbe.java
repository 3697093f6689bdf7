package org.onetrip.kiosk.keys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * A kiosk start in a JVM of its own: opens the identity key as the kiosk would and prints its
 * public key, where it is held, and a signature of {@link #SIGNED}. Arguments: {@code KEYS_DIR}
 * for {@link IdentityKeySettings.KeyHolder#AUTO} without a TPM, or {@code KEYS_DIR MODULE SLOT
 * PIN_FILE} for the TPM.
 */
public final class IdentityKeyProbe {

    static final byte[] SIGNED = "signed by the kiosk after a restart".getBytes(StandardCharsets.UTF_8);

    private IdentityKeyProbe() {
    }

    public static void main(String[] args) {
        Optional<IdentityKeySettings.TpmToken> token = args.length == 4
                ? Optional.of(new IdentityKeySettings.TpmToken(Path.of(args[1]), Long.parseLong(args[2]), Path.of(args[3])))
                : Optional.empty();
        try (KioskIdentityKey key = KioskIdentityKey.open(IdentityKeySettings.auto(Path.of(args[0]), token))) {
            Base64.Encoder base64 = Base64.getEncoder();
            System.out.println("public-key=" + base64.encodeToString(key.publicKey().getEncoded()));
            System.out.println("held=" + key.description());
            System.out.println("signature=" + base64.encodeToString(key.sign(SIGNED)));
        }
    }
}
