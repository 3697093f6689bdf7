package org.onetrip.kiosk.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;

/**
 * What one call to the payment platform came to. Nothing the network or the platform does is
 * thrown. {@link Unanswered} means the kiosk does not know what the call did (no connection, a
 * time-out, a 5xx, {@code PAYMENT_RESULT_UNKNOWN}, an answer it cannot read): a payment may have
 * been made, so the order must be queried before anything else.
 *
 * @param <T> the answer's type
 */
public sealed interface PlatformAnswer<T> {

    /** The platform answered as the contract says. */
    record Answered<T>(T value) implements PlatformAnswer<T> {
        public Answered {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * No usable answer: what the call did is unknown.
     *
     * @param reason for the technician's log; never a payment code
     */
    record Unanswered<T>(String reason) implements PlatformAnswer<T> {
        public Unanswered {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The platform refused; sending the same call again will not change that.
     *
     * @param code    the contract's error code, e.g. {@code ORDER_PAID}
     * @param details machine-readable facts ({@code reason}, {@code state}); a missing node when absent
     */
    record Refused<T>(String code, String message, JsonNode details) implements PlatformAnswer<T> {
        public Refused {
            Objects.requireNonNull(code, "code");
            details = details == null ? MissingNode.getInstance() : details;
        }

        public String detail(String name) {
            return details.path(name).asText("");
        }
    }
}
