package org.onetrip.devices.transport;

import java.io.IOException;

/** A connection to one card: raw command APDUs in, raw response APDUs (data + SW1 SW2) out. */
public interface ApduChannel extends AutoCloseable {
    /**
     * Sends one command APDU and returns the response bytes, status word included.
     *
     * @throws CardAbsentException when the card left the reader
     */
    byte[] transmit(byte[] command) throws IOException;

    /** The card's answer to reset. */
    byte[] atr();

    /** The protocol in use, {@code T=0} or {@code T=1}. */
    String protocol();

    /** Disconnects without resetting the card. Never throws. */
    @Override
    void close();
}
