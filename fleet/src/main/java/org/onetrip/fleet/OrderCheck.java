package org.onetrip.fleet;

import java.text.ParseException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The kiosk's check of a command: signed ES256 by the operator's key it was configured with,
 * meant for this kiosk, not expired, not signed in the future, and not seen before.
 */
public final class OrderCheck {

    private static final long SKEW_SECONDS = 60;
    private static final int REMEMBERED = 10_000;

    private final ECKey operator;
    private final ECDSAVerifier verifier;
    private final String kiosk;
    private final FleetJson json;
    private final Map<String, Long> seen = new LinkedHashMap<>();

    public OrderCheck(ECKey operator, String kiosk, FleetJson json) {
        this.operator = Objects.requireNonNull(operator, "operator").toPublicJWK();
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.json = json;
        try {
            this.verifier = new ECDSAVerifier(this.operator);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not an operator key: " + e.getMessage(), e);
        }
    }

    /** What the check found. */
    public sealed interface Verdict {
        /** Signed, for this kiosk, in time, new. */
        record Valid(FleetOrder order) implements Verdict {
        }

        /** Not to be followed, and why (the order's id when it could be read). */
        record Invalid(String reason, String order, String command) implements Verdict {
        }
    }

    public synchronized Verdict check(String compact, Instant now) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return new Verdict.Invalid("not a signed order", "", "");
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return new Verdict.Invalid("signed with " + jws.getHeader().getAlgorithm() + ", not ES256", "", "");
        }
        FleetOrder order;
        try {
            order = json.read(jws.getPayload().toBytes(), FleetOrder.class);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Verdict.Invalid("the order cannot be read", "", "");
        }
        try {
            if (!operator.getKeyID().equals(jws.getHeader().getKeyID()) || !jws.verify(verifier)) {
                return new Verdict.Invalid("not signed by the fleet operator's key " + operator.getKeyID(), order.id(),
                        order.command());
            }
        } catch (JOSEException e) {
            return new Verdict.Invalid("the signature cannot be checked: " + e.getMessage(), order.id(), order.command());
        }
        long seconds = now.getEpochSecond();
        if (!order.kiosk().equals(kiosk)) {
            return new Verdict.Invalid("meant for kiosk " + order.kiosk(), order.id(), order.command());
        }
        if (seconds > order.expiresAt()) {
            return new Verdict.Invalid("expired", order.id(), order.command());
        }
        if (order.issuedAt() > seconds + SKEW_SECONDS) {
            return new Verdict.Invalid("signed in the future", order.id(), order.command());
        }
        forgetExpired(seconds);
        if (seen.containsKey(order.id())) {
            return new Verdict.Invalid("already followed (a replay)", order.id(), order.command());
        }
        seen.put(order.id(), order.expiresAt());
        return new Verdict.Valid(order);
    }

    private void forgetExpired(long now) {
        Iterator<Map.Entry<String, Long>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Long> entry = entries.next();
            if (entry.getValue() < now || seen.size() > REMEMBERED) {
                entries.remove();
            }
        }
    }
}
