package org.onetrip.devices.idcard.pcsc;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.IdCardReaderContract;
import org.onetrip.devices.transport.pcsc.SimulatedTerminalProvider;

/** The port contract for PC/SC, with the deck's identities on TLV file-system cards. */
class PcscIdCardReaderContractTest extends IdCardReaderContract {
    private final SimulatedTerminalProvider provider = new SimulatedTerminalProvider("Contract Reader");
    private final PcscIdCardReader reader = new PcscIdCardReader(provider.slot(),
            List.of(new BelgianEidProfile(), new GenericTlvProfile(TestCards.residentLayout())), Duration.ofMillis(50), TODAY);

    @AfterEach
    void stop() {
        reader.close();
    }

    @Override
    protected IdCardReader reader() {
        return reader;
    }

    @Override
    protected void place(String key) {
        provider.insert(TestCards.residentCard(key));
    }

    @Override
    protected void removeCard() {
        provider.remove();
    }

    @Override
    protected void swap(String key) {
        provider.insert(TestCards.residentCard(key));
    }

    @Override
    protected CardIdentifier identifierOf(String key) {
        return CardIdentifier.of(TestCards.uid(key));
    }
}
