package org.onetrip.kiosk.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one call to the approval backend came to. Nothing the network or the backend does is
 * thrown: a lost connection, a time-out, a 5xx or an answer the kiosk cannot read is
 * {@link Retryable}; an error the backend says will not go away by retrying is {@link Refused}.
 *
 * @param <T> the answer's type
 */
public sealed interface CallOutcome<T> {

    /** The backend answered as the contract says. */
    record Ok<T>(T value) implements CallOutcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The same request may succeed later: send it again, with the same idempotency key, after
     * a back-off.
     *
     * @param reason for the technician's log: never personal data
     * @param status the HTTP status that came back, if any did (none: no connection, a time-out, a
     *               connection lost before the answer)
     */
    record Retryable<T>(String reason, OptionalInt status) implements CallOutcome<T> {
        public Retryable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(status, "status");
        }

        /** Nothing answered, or the kiosk itself gave up before asking. */
        public Retryable(String reason) {
            this(reason, OptionalInt.empty());
        }
    }

    /**
     * The backend refused the request and says a retry will not help.
     *
     * @param code      the contract's error code ({@link ContractError#UNRECOGNISED} for one this kiosk does not know)
     * @param wireCode  the code exactly as the backend sent it
     * @param message   the backend's message for people (never holds a full ID number, by contract)
     * @param details   machine-readable facts, e.g. {@code reason} or {@code missingFiles}; missing node when absent
     */
    record Refused<T>(ContractError code, String wireCode, String message, JsonNode details) implements CallOutcome<T> {
        public Refused {
            Objects.requireNonNull(code, "code");
            details = details == null ? MissingNode.getInstance() : details;
        }

        /** A text fact from {@code details}, or empty text. */
        public String detail(String name) {
            return details.path(name).asText("");
        }
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The answer, or an {@link IllegalStateException} saying what came instead. */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("the backend call did not succeed: " + this);
    }
}
