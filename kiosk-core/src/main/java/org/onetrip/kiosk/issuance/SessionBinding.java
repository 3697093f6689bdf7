package org.onetrip.kiosk.issuance;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * Who is at the kiosk now: the running session and the citizen its card identified. The desk
 * asks before every step that could show or print a certificate. Answers must be quick and must
 * not block.
 */
public interface SessionBinding {

    /** The running session; empty when nobody is in session. */
    Optional<SessionScope> currentSession();

    /** The citizen the card in the reader identified for the running session. */
    Optional<CitizenIdentity> identifiedCitizen();

    /** The kiosk's shell and card identification. */
    static SessionBinding of(KioskShell shell, CardIdentification cards) {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(cards, "cards");
        return new SessionBinding() {
            @Override
            public Optional<SessionScope> currentSession() {
                return shell.sessionScope();
            }

            @Override
            public Optional<CitizenIdentity> identifiedCitizen() {
                return cards.citizen();
            }
        };
    }
}
