package org.onetrip.kiosk.issuance;

import java.util.Optional;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.session.SessionScope;

/** One kiosk's sessions, one at a time, with the shared test identities' cards, as the shell and the card reader give them. */
final class TestSessions implements SessionBinding {
    private static final IdentityDeck DECK = IdentityDeck.standard();

    private volatile SessionScope current;
    private volatile CitizenIdentity card;

    /** A new citizen taps the screen and puts their card down; returns the session's scope. */
    SessionScope start(String cardKey) {
        SessionScope scope = new SessionScope();
        CitizenIdentity citizen = scope.hold(new CitizenIdentity(DECK.card(cardKey)));
        current = scope;
        card = citizen;
        return scope;
    }

    /** A citizen whose card carries another ID number than any of the shared test identities. */
    SessionScope startWithIdNumber(String cardKey, String idNumber) {
        var r = DECK.card(cardKey);
        SessionScope scope = new SessionScope();
        CitizenIdentity citizen = scope.hold(new CitizenIdentity(new org.onetrip.devices.idcard.IdentityRecord(r.name(),
                r.sex(), r.nation(), r.birthDate(), r.address(), idNumber, r.authority(), r.validity(), r.photo(), r.raw())));
        current = scope;
        card = citizen;
        return scope;
    }

    /** The session ends (time-out, or the citizen is done): everything it held is wiped. */
    void end() {
        SessionScope ending = current;
        current = null;
        card = null;
        if (ending != null) {
            ending.wipe();
        }
    }

    CitizenIdentity citizen() {
        return card;
    }

    SessionScope session() {
        return current;
    }

    @Override
    public Optional<SessionScope> currentSession() {
        return Optional.ofNullable(current);
    }

    @Override
    public Optional<CitizenIdentity> identifiedCitizen() {
        return Optional.ofNullable(card);
    }
}
