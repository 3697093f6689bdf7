package org.onetrip.devices.transport;

import java.io.IOException;
import java.time.Duration;

/** One smart card reader slot (a PC/SC reader), seen without any smart card library type. */
public interface CardSlot {
    /** The reader's name as the system lists it. */
    String name();

    boolean isCardPresent() throws IOException;

    /** Waits up to {@code timeout} for a card; true when one is present. Blocks the calling thread. */
    boolean waitForCardPresent(Duration timeout) throws IOException;

    /** Waits up to {@code timeout} for the card to leave; true when no card is present. Blocks the calling thread. */
    boolean waitForCardAbsent(Duration timeout) throws IOException;

    /**
     * Connects to the card with any protocol.
     *
     * @throws CardAbsentException when no card is there
     */
    ApduChannel connect() throws IOException;
}
