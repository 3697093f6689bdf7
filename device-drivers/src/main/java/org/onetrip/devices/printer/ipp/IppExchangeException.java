package org.onetrip.devices.printer.ipp;

/** An IPP request got no usable response. The kind says which way it failed. */
public final class IppExchangeException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How the exchange failed. */
    public enum Kind {
        /** Connection refused, reset or dropped before a response. */
        UNREACHABLE,
        /** No response within the request timeout. */
        TIMEOUT,
        /** An HTTP status other than 200, or a body that is not an IPP response. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public IppExchangeException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
