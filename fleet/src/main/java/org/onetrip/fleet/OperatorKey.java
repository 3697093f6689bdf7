package org.onetrip.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.onetrip.kiosk.keys.PrivateFiles;

/**
 * The fleet operator's signing key (EC P-256, ES256), kept as a JWK file readable by its owner
 * only; its public half goes into every kiosk's configuration ({@code fleet.operatorKey}).
 * Broker permissions decide who may publish a command; this key decides whether a kiosk follows it.
 */
public final class OperatorKey {

    /** A command is valid for this long after it was signed. */
    public static final Duration VALID_FOR = Duration.ofMinutes(2);
    static final JOSEObjectType TYPE = new JOSEObjectType("onetrip-fleet-order+jws");

    private final ECKey key;
    private final FleetJson json;

    private OperatorKey(ECKey key, FleetJson json) {
        this.key = key;
        this.json = json;
    }

    /** A new key with a random key id. */
    public static OperatorKey generate(FleetJson json) {
        try {
            return new OperatorKey(new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID("operator-" + UUID.randomUUID().toString().substring(0, 8)).generate(), json);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an EC P-256 key: " + e.getMessage(), e);
        }
    }

    /** Reads the private JWK a {@code fleet keygen} wrote. */
    public static OperatorKey load(Path file, FleetJson json) {
        ECKey key = readKey(file);
        if (!key.isPrivate()) {
            throw new IllegalArgumentException(file + " holds only the public half of an operator key; commands are"
                    + " signed with the private one (" + file.getFileName() + " from fleet keygen, not .pub.jwk)");
        }
        return new OperatorKey(key, json);
    }

    /** Reads a JWK file holding an EC P-256 key (public or private). */
    public static ECKey readKey(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException(file + " is not an EC P-256 key (fleet keygen makes one)");
            }
            if (ec.getKeyID() == null) {
                throw new IllegalArgumentException(file + " names no key id (kid)");
            }
            return ec;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the operator key " + file + ": " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + " is not a JSON Web Key: " + e.getMessage(), e);
        }
    }

    /** Writes the private key ({@code file}, owner only) and its public half ({@code .pub.jwk} beside it). */
    public Path save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            PrivateFiles.writeDurably(file, (key.toJSONString() + "\n").getBytes(StandardCharsets.UTF_8));
            Path pub = publicFile(file);
            Files.writeString(pub, key.toPublicJWK().toJSONString() + "\n", StandardCharsets.UTF_8);
            return pub;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the operator key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the public half of a key file goes. */
    public static Path publicFile(Path privateFile) {
        String name = privateFile.getFileName().toString().replaceFirst("\\.jwk$", "");
        return privateFile.resolveSibling(name + ".pub.jwk");
    }

    public String keyId() {
        return key.getKeyID();
    }

    public ECKey publicKey() {
        return key.toPublicJWK();
    }

    /** A new order for one kiosk, valid for {@link #VALID_FOR}. */
    public FleetOrder order(String kiosk, CommandName command, List<String> arguments, Instant now) {
        if (arguments.size() != command.arguments()) {
            throw new IllegalArgumentException(command.word() + " takes " + command.arguments() + " argument(s), got "
                    + arguments.size());
        }
        return new FleetOrder(UUID.randomUUID().toString(), kiosk, command.word(), arguments, now.getEpochSecond(),
                now.plus(VALID_FOR).getEpochSecond());
    }

    /** The order signed: a compact JWS. */
    public String sign(FleetOrder order) {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).type(TYPE).build(),
                new Payload(json.write(order)));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the order: " + e.getMessage(), e);
        }
        return jws.serialize();
    }
}
