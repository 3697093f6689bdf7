package org.onetrip.devices.idcard.sam;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.IdCardReaderContract;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;

class SamIdCardReaderContractTest {
    private static final SamReaderTimeouts FAST = new SamReaderTimeouts(Duration.ofMillis(500), Duration.ofMillis(800), Duration.ofMillis(20));

    abstract static class OverSimulator extends IdCardReaderContract {
        SamReaderSimulator simulator;
        SamIdCardReader reader;

        @AfterEach
        void stop() {
            reader.close();
            simulator.close();
        }

        @Override
        protected IdCardReader reader() {
            return reader;
        }

        @Override
        protected void place(String key) {
            simulator.place(key);
        }

        @Override
        protected void removeCard() {
            simulator.remove();
        }

        @Override
        protected void swap(String key) {
            simulator.swap(key);
        }

        @Override
        protected CardIdentifier identifierOf(String key) {
            return IdentityDeck.standard().cardIdentifier(key);
        }
    }

    @Nested
    class OverAPseudoTerminal extends OverSimulator {
        @BeforeEach
        void start() throws Exception {
            simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
            reader = SamIdCardReader.overSerial(simulator.address(), 115200, FAST, TODAY);
        }
    }

    @Nested
    class OverTcp extends OverSimulator {
        @BeforeEach
        void start() throws Exception {
            simulator = SamReaderSimulator.onTcp(0, IdentityDeck.standard(), 0);
            String[] hostPort = simulator.address().split(":");
            reader = SamIdCardReader.overTcp(hostPort[0], Integer.parseInt(hostPort[1]), FAST, TODAY);
        }
    }
}
