package org.onetrip.devices.scanner.image;

/** A page file cannot be read; {@link #reason()} says why in words for the citizen. */
public final class UnreadableImageException extends RuntimeException {
    private final Unreadable reason;

    public UnreadableImageException(Unreadable reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Unreadable reason() {
        return reason;
    }
}
