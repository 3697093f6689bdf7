package org.onetrip.launcher;

/** The command line was not understood; the message says what is expected. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
