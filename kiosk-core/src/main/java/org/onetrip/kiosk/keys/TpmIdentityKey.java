package org.onetrip.kiosk.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.security.auth.login.LoginException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The identity key created inside the TPM 2.0 through tpm2-pkcs11 and Java's SunPKCS11
 * provider: a token object, sensitive and not extractable, so the private key never leaves the
 * TPM (tpm2-pkcs11 keeps it in its store wrapped by the TPM's storage key, usable only by that
 * TPM). It is found again after a restart by its alias {@value KioskIdentityKey#ALIAS}; the token
 * holds a self-signed certificate under that alias only because SunPKCS11's key store lists a key
 * through its certificate. The chain the backend issues is kept in the key directory like a file
 * key's.
 *
 * <p>While open, the provider ({@value #PROVIDER_NAME}) is registered with
 * {@link Security#addProvider}: JSSE asks the registered providers for a {@code Signature} that
 * takes the key, and only the PKCS#11 provider can sign with a key held in the TPM. One
 * instance per JVM at a time; {@link #close()} unregisters it and logs the token out.
 *
 * <p>The token must exist before the kiosk starts ({@code tpm2_ptool init}, {@code tpm2_ptool
 * addtoken}); tpm2-pkcs11 reads its token list once per JVM.
 */
public final class TpmIdentityKey extends KioskIdentityKey {

    /** The name under which the key's PKCS#11 provider is registered while open. */
    public static final String PROVIDER_NAME = "SunPKCS11-OneTripIdentity";
    /** Written to the key directory once the key is in the TPM, so the kiosk never falls back to a file key. */
    static final String MARKER_FILE = "identity-key.tpm";

    private final AuthProvider provider;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TpmIdentityKey(Path keysDirectory, AuthProvider provider, PrivateKey privateKey, PublicKey publicKey) {
        super(keysDirectory);
        this.provider = provider;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Whether the kiosk's identity key was put in a TPM before. */
    static boolean isHeldIn(Path keysDirectory) {
        return Files.exists(keysDirectory.resolve(MARKER_FILE));
    }

    /**
     * Logs into {@code token}, finds the identity key in it, or creates it there (EC P-256) when
     * the token has none.
     *
     * @throws IdentityKeyException  when the module is missing, the slot has no token, the PIN is
     *                               refused, or the TPM refuses to create or find the key
     * @throws KeyFileException      when the PIN file cannot be read or is readable by other users
     * @throws IllegalStateException when the identity key in the TPM is already open in this JVM
     */
    static TpmIdentityKey openOrCreate(IdentityKeySettings.TpmToken token, Path keysDirectory) {
        if (!Files.isRegularFile(token.pkcs11Module())) {
            throw new IdentityKeyException("the PKCS#11 module " + token.pkcs11Module()
                    + " is not installed (Debian package libtpm2-pkcs11-1)");
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw new IdentityKeyException("this JDK has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
        }
        if (Security.getProvider(PROVIDER_NAME) != null) {
            throw new IllegalStateException("the identity key in the TPM is already open in this JVM; close it first");
        }
        String where = "the TPM token in slot " + token.slot() + " of " + token.pkcs11Module();
        char[] pin = readPin(token.userPinFile());
        AuthProvider provider;
        try {
            provider = (AuthProvider) base.configure("--" + configuration(token));
        } catch (ProviderException | IllegalArgumentException e) {
            throw new IdentityKeyException("cannot open " + where + ": " + rootMessage(e)
                    + " (is the token created, TPM2_PKCS11_STORE and TPM2_PKCS11_TCTI set?)", e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            try {
                store.load(null, pin);
            } catch (IOException e) {
                throw new IdentityKeyException("cannot log into " + where + " with the PIN in " + token.userPinFile()
                        + ": " + rootMessage(e), e);
            }
            PrivateKey privateKey;
            PublicKey publicKey;
            if (store.isKeyEntry(ALIAS)) {
                privateKey = (PrivateKey) store.getKey(ALIAS, null);
                publicKey = plain(store.getCertificate(ALIAS).getPublicKey());
            } else {
                KeyPair pair = generate(provider);
                store.setKeyEntry(ALIAS, pair.getPrivate(), null, new Certificate[] {anchor(pair, provider)});
                privateKey = pair.getPrivate();
                publicKey = plain(pair.getPublic());
            }
            markHeld(keysDirectory, token);
            Security.addProvider(provider);
            return new TpmIdentityKey(keysDirectory, provider, privateKey, publicKey);
        } catch (GeneralSecurityException | OperatorCreationException | ProviderException e) {
            logout(provider);
            throw new IdentityKeyException("cannot create or find the identity key in " + where + ": " + rootMessage(e), e);
        } catch (RuntimeException e) {
            logout(provider);
            throw e;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public boolean hardwareProtected() {
        return true;
    }

    @Override
    public String description() {
        return "identity key in TPM 2.0 (tpm2-pkcs11)";
    }

    @Override
    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    Provider signingProvider() {
        return provider;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Security.removeProvider(provider.getName());
            logout(provider);
        }
    }

    private static String configuration(IdentityKeySettings.TpmToken token) {
        return String.join("\n",
                "name = " + PROVIDER_NAME.substring("SunPKCS11-".length()),
                "library = \"" + token.pkcs11Module().toAbsolutePath() + "\"",
                "slot = " + token.slot(),
                // keys generated through this provider are created in the token, and the TPM never lets them out
                "attributes(generate, CKO_PRIVATE_KEY, CKK_EC) = {",
                "  CKA_TOKEN = true",
                "  CKA_PRIVATE = true",
                "  CKA_SENSITIVE = true",
                "  CKA_EXTRACTABLE = false",
                "  CKA_SIGN = true",
                "}",
                "attributes(generate, CKO_PUBLIC_KEY, CKK_EC) = {",
                "  CKA_TOKEN = true",
                "}",
                "");
    }

    private static KeyPair generate(Provider provider) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** A self-signed certificate under which the token's key store lists the key; nobody else relies on it. */
    private static X509Certificate anchor(KeyPair pair, Provider provider) throws GeneralSecurityException,
            OperatorCreationException {
        X500Principal subject = new X500Principal("CN=OneTrip kiosk identity key");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                pair.getPublic())
                .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(provider).build(pair.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static PublicKey plain(PublicKey key) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.getEncoded()));
    }

    private static void markHeld(Path keysDirectory, IdentityKeySettings.TpmToken token) {
        Path marker = keysDirectory.resolve(MARKER_FILE);
        try {
            PrivateFiles.createDirectory(keysDirectory);
            if (!Files.exists(marker)) {
                PrivateFiles.writeDurably(marker, ("identity key in TPM 2.0: tpm2-pkcs11 slot " + token.slot()
                        + ", alias " + ALIAS + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new KeyFileException("cannot write " + marker, e);
        }
    }

    private static char[] readPin(Path file) {
        try {
            if (PrivateFiles.readableByOthers(file)) {
                throw new KeyFileException("the TPM token's PIN file " + file + " is readable by other users; make it mode 0600");
            }
            String pin = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (pin.isEmpty()) {
                throw new KeyFileException("the TPM token's PIN file " + file + " is empty");
            }
            return pin.toCharArray();
        } catch (IOException e) {
            throw new KeyFileException("cannot read the TPM token's PIN file " + file, e);
        }
    }

    private static void logout(AuthProvider provider) {
        try {
            provider.logout();
        } catch (LoginException | ProviderException e) {
            // the token's session is already gone: nothing stays logged in
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }
}
