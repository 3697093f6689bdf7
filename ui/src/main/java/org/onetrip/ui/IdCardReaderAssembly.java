package org.onetrip.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.config.Timeouts;
import org.onetrip.config.devices.DeviceConnection;
import org.onetrip.config.devices.DeviceSettings;
import org.onetrip.config.devices.TlvField;
import org.onetrip.config.devices.TlvLayout;
import org.onetrip.devices.idcard.IdCardReader;
import org.onetrip.devices.idcard.pcsc.BelgianEidProfile;
import org.onetrip.devices.idcard.pcsc.CardProfile;
import org.onetrip.devices.idcard.pcsc.GenericTlvProfile;
import org.onetrip.devices.idcard.pcsc.IdentityField;
import org.onetrip.devices.idcard.pcsc.PcscIdCardReader;
import org.onetrip.devices.idcard.pcsc.TlvIdentityLayout;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.transport.pcsc.SmartcardioSlot;

/**
 * Builds the ID card reader a configuration names. A simulated reader is the real SAM driver
 * talking to the reader simulator over a pseudo-terminal, so the demo exercises the real path.
 */
final class IdCardReaderAssembly implements AutoCloseable {

    private static final int SIMULATED_BAUD = 115_200;
    private static final Duration WATCH_PERIOD = Duration.ofMillis(300);

    private final IdCardReader reader;
    private final Optional<SamReaderSimulator> simulator;

    IdCardReaderAssembly(DeviceSettings device, Timeouts timeouts, Clock clock) {
        SamReaderTimeouts sam = new SamReaderTimeouts(timeouts.deviceCommand(), timeouts.cardRead(), WATCH_PERIOD);
        DeviceConnection connection = device.connection();
        if (connection instanceof DeviceConnection.Simulated) {
            SamReaderSimulator started = startSimulator();
            simulator = Optional.of(started);
            reader = SamIdCardReader.overSerial(started.address(), SIMULATED_BAUD, sam, clock);
        } else if (connection instanceof DeviceConnection.Serial serial) {
            simulator = Optional.empty();
            reader = SamIdCardReader.overSerial(serial.portPath(), serial.baud(), sam, clock);
        } else if (connection instanceof DeviceConnection.Tcp tcp) {
            simulator = Optional.empty();
            reader = SamIdCardReader.overTcp(tcp.host(), tcp.port(), sam, clock);
        } else if (connection instanceof DeviceConnection.Pcsc pcsc) {
            simulator = Optional.empty();
            reader = pcscReader(pcsc, clock);
        } else {
            throw new IllegalArgumentException("an ID card reader cannot be of kind " + connection.kind().configName());
        }
    }

    IdCardReader reader() {
        return reader;
    }

    /** The simulator behind a simulated reader, to place and remove cards in the demo. */
    Optional<SamReaderSimulator> simulator() {
        return simulator;
    }

    private static SamReaderSimulator startSimulator() {
        try {
            return SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), SIMULATED_BAUD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the ID card reader simulator", e);
        }
    }

    private static IdCardReader pcscReader(DeviceConnection.Pcsc pcsc, Clock clock) {
        CardProfile profile = switch (pcsc.profile()) {
            case BELGIAN_EID -> new BelgianEidProfile();
            case GENERIC_TLV -> new GenericTlvProfile(layout(pcsc.tlvLayout().orElseThrow()));
        };
        try {
            return new PcscIdCardReader(SmartcardioSlot.openSystemReader(pcsc.readerName().orElse("")),
                    List.of(profile), WATCH_PERIOD, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the PC/SC reader " + pcsc.readerName().orElse("(first)"), e);
        }
    }

    private static TlvIdentityLayout layout(TlvLayout configured) {
        Map<IdentityField, Integer> tags = new EnumMap<>(IdentityField.class);
        configured.tags().forEach((field, tag) -> tags.put(identityField(field), tag));
        return new TlvIdentityLayout("configured TLV layout", configured.aid(), configured.file(), configured.photo(),
                tags, DateTimeFormatter.ofPattern(configured.dateFormat()), configured.residentIdNumber());
    }

    private static IdentityField identityField(TlvField field) {
        return switch (field) {
            case NAME -> IdentityField.NAME;
            case SEX -> IdentityField.SEX;
            case NATION -> IdentityField.NATION;
            case BIRTH_DATE -> IdentityField.BIRTH_DATE;
            case ADDRESS -> IdentityField.ADDRESS;
            case ID_NUMBER -> IdentityField.ID_NUMBER;
            case AUTHORITY -> IdentityField.AUTHORITY;
            case VALID_FROM -> IdentityField.VALID_FROM;
            case VALID_TO -> IdentityField.VALID_TO;
        };
    }

    @Override
    public void close() {
        reader.close();
        simulator.ifPresent(SamReaderSimulator::close);
    }
}
