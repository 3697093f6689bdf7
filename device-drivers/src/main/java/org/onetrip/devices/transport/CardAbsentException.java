package org.onetrip.devices.transport;

import java.io.IOException;

/** The card is not on the reader, or left it during an exchange. */
public class CardAbsentException extends IOException {
    public CardAbsentException(String message, Throwable cause) {
        super(message, cause);
    }
}
