package org.onetrip.backend.store;

/** The backend's database or file store failed; the request that hit it gets a retryable 500. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
