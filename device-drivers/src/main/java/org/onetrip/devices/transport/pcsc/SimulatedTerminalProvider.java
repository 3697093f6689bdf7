package org.onetrip.devices.transport.pcsc;

import java.nio.ByteBuffer;
import java.security.Provider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A javax.smartcardio provider with one simulated reader, into which tests and training insert
 * and remove {@link FileSystemCard}s (an identity card, or a technician card that only has a
 * UID). Drivers reach it through the ordinary {@code TerminalFactory.getInstance(...)} API,
 * exactly as they reach PC/SC.
 */
public final class SimulatedTerminalProvider extends Provider {
    public static final String TYPE = "OneTripSimulated";
    private final SimulatedTerminal terminal;

    public SimulatedTerminalProvider(String readerName) {
        super("OneTripSimulatedPcsc", "1.0", "simulated PC/SC reader for tests");
        this.terminal = new SimulatedTerminal(readerName);
        putService(new Service(this, "TerminalFactory", TYPE, SimulatedFactorySpi.class.getName(), null, null) {
            @Override
            public Object newInstance(Object constructorParameter) {
                return new SimulatedFactorySpi(terminal);
            }
        });
    }

    public TerminalFactory factory() {
        try {
            return TerminalFactory.getInstance(TYPE, null, this);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reader as the driver sees it, through the javax.smartcardio API. */
    public org.onetrip.devices.transport.CardSlot slot() {
        try {
            return SmartcardioSlot.open(factory(), terminal.getName());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insert(FileSystemCard card) {
        terminal.insert(card);
    }

    public void remove() {
        terminal.remove();
    }

    /** The card leaves the field when the card has answered {@code afterTransmits} more commands. */
    public void removeAfter(int afterTransmits) {
        terminal.removeAfter = afterTransmits;
    }

    /**
     * When the card has answered {@code afterTransmits} more commands it is swapped for
     * {@code next} in one step: the reader never reports the field empty.
     */
    public void swapAfter(int afterTransmits, FileSystemCard next) {
        terminal.swapIn = next;
        terminal.removeAfter = afterTransmits;
    }

    static final class SimulatedFactorySpi extends TerminalFactorySpi {
        private final SimulatedTerminal terminal;

        SimulatedFactorySpi(SimulatedTerminal terminal) {
            this.terminal = terminal;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return new CardTerminals() {
                @Override
                public List<CardTerminal> list(State state) {
                    return List.of(terminal);
                }

                @Override
                public boolean waitForChange(long timeout) {
                    return false;
                }
            };
        }
    }

    static final class SimulatedTerminal extends CardTerminal {
        private final String name;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private FileSystemCard card;
        volatile int removeAfter = -1;
        volatile FileSystemCard swapIn;

        SimulatedTerminal(String name) {
            this.name = name;
        }

        void insert(FileSystemCard newCard) {
            lock.lock();
            try {
                card = newCard;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void remove() {
            lock.lock();
            try {
                card = null;
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        FileSystemCard card() {
            lock.lock();
            try {
                return card;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            FileSystemCard present = card();
            if (present == null) {
                throw new CardNotPresentException("no card in " + name);
            }
            return new SimulatedCard(this, present);
        }

        @Override
        public boolean isCardPresent() {
            return card() != null;
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws CardException {
            return waitFor(true, timeout);
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws CardException {
            return waitFor(false, timeout);
        }

        private boolean waitFor(boolean present, long timeoutMillis) throws CardException {
            lock.lock();
            try {
                long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis == 0 ? Long.MAX_VALUE / 2_000_000 : timeoutMillis);
                while ((card != null) != present) {
                    if (nanos <= 0) {
                        return false;
                    }
                    nanos = changed.awaitNanos(nanos);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("interrupted");
            } finally {
                lock.unlock();
            }
        }
    }

    static final class SimulatedCard extends Card {
        private final SimulatedTerminal terminal;
        private final FileSystemCard card;
        private final CardChannel basic;

        SimulatedCard(SimulatedTerminal terminal, FileSystemCard card) {
            this.terminal = terminal;
            this.card = card;
            this.basic = new CardChannel() {
                @Override
                public Card getCard() {
                    return SimulatedCard.this;
                }

                @Override
                public int getChannelNumber() {
                    return 0;
                }

                @Override
                public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                    if (terminal.card() != card) {
                        throw removed();
                    }
                    if (terminal.removeAfter == 0) {
                        terminal.removeAfter = -1;
                        FileSystemCard next = terminal.swapIn;
                        terminal.swapIn = null;
                        if (next == null) {
                            terminal.remove();
                        } else {
                            terminal.insert(next);
                        }
                        throw removed();
                    }
                    if (terminal.removeAfter > 0) {
                        terminal.removeAfter--;
                    }
                    return new ResponseAPDU(card.transmit(command.getBytes()));
                }

                @Override
                public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
                    byte[] in = new byte[command.remaining()];
                    command.get(in);
                    byte[] out = transmit(new CommandAPDU(in)).getBytes();
                    response.put(out);
                    return out.length;
                }

                @Override
                public void close() {
                    // the basic channel cannot be closed
                }
            };
        }

        /** What SunPCSC throws when the card a handle was connected to has left the reader. */
        private static CardException removed() {
            return new CardException("transmit() failed", new Exception("SCARD_W_REMOVED_CARD"));
        }

        @Override
        public ATR getATR() {
            return new ATR(card.atr());
        }

        @Override
        public String getProtocol() {
            return "T=0";
        }

        @Override
        public CardChannel getBasicChannel() {
            return basic;
        }

        @Override
        public CardChannel openLogicalChannel() throws CardException {
            throw new CardException("logical channels are not simulated");
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
            throw new CardException("control commands are not simulated");
        }

        @Override
        public void disconnect(boolean reset) {
        }
    }
}
