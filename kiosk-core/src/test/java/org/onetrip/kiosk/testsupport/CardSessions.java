package org.onetrip.kiosk.testsupport;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.Screen;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;

/**
 * The kiosk's shell and card identification as production wires them: the real SAM reader driver
 * over a pseudo-terminal to the reader simulator, the session on {@link ManualTime}. Citizens come
 * and go by putting their cards on the simulated reader, taking them away or swapping them; there
 * is no other way to change who is in session.
 */
public final class CardSessions implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);
    public static final Duration GRACE = Duration.ofSeconds(30);
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), SHANGHAI);
    private final SamReaderSimulator simulator;
    private final SamIdCardReader reader;
    private final KioskShell shell;
    private final CardIdentification identification;

    public CardSessions() throws IOException {
        simulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(simulator.address(), 115_200, SamReaderTimeouts.defaults(),
                Clock.systemUTC());
        shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)), Language.ZH_CN,
                time.clock(), time);
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), GRACE);
    }

    public ManualTime time() {
        return time;
    }

    public SamReaderSimulator simulator() {
        return simulator;
    }

    public KioskShell shell() {
        return shell;
    }

    public CardIdentification identification() {
        return identification;
    }

    /** A citizen taps the screen, opens {@code journey} and puts their card down; returns them once identified. */
    public CitizenIdentity identify(String cardKey, Journey journey) {
        shell.touch();
        shell.openJourney(journey);
        simulator.placeCard(cardKey);
        IdentificationState state = ValueWatch.await(identification.state(),
                s -> s instanceof IdentificationState.Identified, WAIT, "the card " + cardKey + " is identified");
        return ((IdentificationState.Identified) state).citizen();
    }

    /** A citizen whose card already lies on the reader taps the screen and opens {@code journey}. */
    public CitizenIdentity identifyCardOnReader(Journey journey) {
        shell.touch();
        shell.openJourney(journey);
        IdentificationState state = ValueWatch.await(identification.state(),
                s -> s instanceof IdentificationState.Identified, WAIT, "the card on the reader is identified");
        return ((IdentificationState.Identified) state).citizen();
    }

    /** The running session's scope. */
    public SessionScope session() {
        return shell.sessionScope().orElseThrow(() -> new AssertionError("nobody is in session"));
    }

    /**
     * Another card is put on the reader in place of the one there (faster than the reader's watch
     * looks), and the session it identified is awaited to end.
     */
    public void swapCardTo(String cardKey) {
        SessionScope before = session();
        simulator.swap(cardKey);
        // the attract screen comes back once the ended session is wiped
        ValueWatch.await(shell.screen(), screen -> screen == Screen.ATTRACT && before.isWiped(), WAIT,
                "the session of the first card ends when another card is placed");
    }

    @Override
    public void close() {
        identification.close();
        reader.close();
        simulator.close();
    }
}
