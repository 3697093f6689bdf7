package org.onetrip.devices.transport.pcsc;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;

import org.onetrip.devices.transport.ApduChannel;
import org.onetrip.devices.transport.CardAbsentException;
import org.onetrip.devices.transport.CardSlot;

/**
 * A PC/SC reader through {@code javax.smartcardio}. Card exceptions become IO exceptions
 * here; a card that is gone becomes {@link CardAbsentException}.
 *
 * <p>With the JDK's SunPCSC provider, {@code transmit} already answers 61xx and 6Cxx
 * itself; other providers may not, so the APDU layer above handles both.
 */
public final class SmartcardioSlot implements CardSlot {
    private final CardTerminal terminal;

    public SmartcardioSlot(CardTerminal terminal) {
        this.terminal = terminal;
    }

    /** The names of the readers a factory lists (for example {@code TerminalFactory.getDefault()}). */
    public static List<String> readerNames(TerminalFactory factory) throws IOException {
        List<String> names = new ArrayList<>();
        try {
            for (CardTerminal t : factory.terminals().list()) {
                names.add(t.getName());
            }
        } catch (CardException e) {
            throw new IOException("cannot list PC/SC readers: " + e.getMessage(), e);
        }
        return names;
    }

    /** The reader of that name from the system's PC/SC service, or the first reader when the name is empty. */
    public static SmartcardioSlot openSystemReader(String name) throws IOException {
        return open(TerminalFactory.getDefault(), name);
    }

    /** The reader of that name, or the first reader when the name is empty. */
    public static SmartcardioSlot open(TerminalFactory factory, String name) throws IOException {
        try {
            List<CardTerminal> list = factory.terminals().list();
            for (CardTerminal t : list) {
                if (name.isEmpty() || t.getName().equals(name)) {
                    return new SmartcardioSlot(t);
                }
            }
        } catch (CardException e) {
            throw new IOException("cannot list PC/SC readers: " + e.getMessage(), e);
        }
        throw new IOException(name.isEmpty() ? "no PC/SC reader found" : "no PC/SC reader named '" + name + "'");
    }

    @Override
    public String name() {
        return terminal.getName();
    }

    @Override
    public boolean isCardPresent() throws IOException {
        try {
            return terminal.isCardPresent();
        } catch (CardException e) {
            throw new IOException(name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean waitForCardPresent(Duration timeout) throws IOException {
        try {
            return terminal.waitForCardPresent(Math.max(1, timeout.toMillis()));
        } catch (CardException e) {
            throw new IOException(name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean waitForCardAbsent(Duration timeout) throws IOException {
        try {
            return terminal.waitForCardAbsent(Math.max(1, timeout.toMillis()));
        } catch (CardException e) {
            throw new IOException(name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ApduChannel connect() throws IOException {
        try {
            Card card = terminal.connect("*");
            return new Connected(card, card.getBasicChannel());
        } catch (CardNotPresentException e) {
            throw new CardAbsentException("no card on " + name(), e);
        } catch (CardException e) {
            throw translate("connect", e);
        }
    }

    private IOException translate(String what, CardException e) {
        if (cardWasRemoved(e)) {
            // another card may lie there already: the one this connection was for is gone
            return new CardAbsentException("card left " + name() + " during " + what, e);
        }
        boolean present;
        try {
            present = terminal.isCardPresent();
        } catch (CardException again) {
            present = false;
        }
        return present ? new IOException(what + " on " + name() + " failed: " + e.getMessage(), e)
                : new CardAbsentException("card left " + name() + " during " + what, e);
    }

    /** SunPCSC names the PC/SC error in the message of the cause it wraps. */
    private static boolean cardWasRemoved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("SCARD_W_REMOVED_CARD") || message.contains("SCARD_W_RESET_CARD")
                    || message.contains("SCARD_E_NO_SMARTCARD"))) {
                return true;
            }
        }
        return false;
    }

    private final class Connected implements ApduChannel {
        private final Card card;
        private final CardChannel channel;

        Connected(Card card, CardChannel channel) {
            this.card = card;
            this.channel = channel;
        }

        @Override
        public byte[] transmit(byte[] command) throws IOException {
            try {
                return channel.transmit(new CommandAPDU(command)).getBytes();
            } catch (CardException | IllegalStateException e) {
                throw translate("transmit", e instanceof CardException ce ? ce : new CardException(e.getMessage(), e));
            }
        }

        @Override
        public byte[] atr() {
            return card.getATR().getBytes();
        }

        @Override
        public String protocol() {
            return card.getProtocol();
        }

        @Override
        public void close() {
            try {
                card.disconnect(false);
            } catch (CardException | IllegalStateException ignored) {
                // a card that already left needs no disconnect
            }
        }
    }
}
