package org.onetrip.kiosk.journey;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.onetrip.config.catalog.CertificateType;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.issuance.CertificateDesk;
import org.onetrip.kiosk.issuance.Issuance;
import org.onetrip.kiosk.issuance.IssueOutcome;
import org.onetrip.kiosk.issuance.PrintOutcome;
import org.onetrip.kiosk.journal.Journal;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * "Print a certificate": once the citizen is identified, the certificates they can print;
 * then the chosen one is issued, its first page shown to confirm, printed with progress, and
 * the citizen told to take their pages, or told plainly why not (nothing counted). The desk
 * does the work off the caller's thread; this model only follows it. Forgotten when the session
 * ends.
 */
public final class CertificateJourney implements AutoCloseable {

    private final KioskShell shell;
    private final CardIdentification identification;
    private final CertificateDesk desk;
    private final Executor io;
    private final Journal journal;
    private final Value<CertificateView> view = new Value<>(new CertificateView.NotYet());
    private final Subscription identified;
    private final Subscription journeys;
    private Issuance issuance;
    /** The journey this model is showing, or {@code null}: results that come back after it was left are dropped. */
    private SessionScope shownIn;

    /**
     * @param io      where listeners hand their work to; never the screen's thread
     * @param journal told each certificate printed, not printed or not issued, whether or not it is still shown
     */
    public CertificateJourney(KioskShell shell, CardIdentification identification, CertificateDesk desk, Executor io,
            Journal journal) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.io = Objects.requireNonNull(io, "io");
        this.journal = Objects.requireNonNull(journal, "journal");
        // listeners run under their model's lock: only hand the work on
        this.identified = identification.state().subscribe(state -> io.execute(this::offerIfWanted));
        this.journeys = shell.journey().subscribe(journey -> io.execute(this::offerIfWanted));
    }

    public ReadOnlyValue<CertificateView> view() {
        return view;
    }

    private void offerIfWanted() {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> journey = shell.journeyScope();
        if (citizen.isEmpty() || journey.isEmpty()
                || !shell.journey().get().equals(Optional.of(Journey.PRINT_CERTIFICATE))) {
            return;
        }
        SessionScope scope = journey.get();
        synchronized (this) {
            if (!(view.get() instanceof CertificateView.NotYet)) {
                return;
            }
            try {
                // leaving the journey, or the session's end, forgets what it showed
                scope.hold(() -> forget(scope));
            } catch (IllegalStateException journeyJustLeft) {
                return;
            }
            shownIn = scope;
            view.set(new CertificateView.Loading());
        }
        showOffers(scope, citizen.get());
    }

    private void showOffers(SessionScope scope, CitizenIdentity citizen) {
        desk.offer(citizen).thenAccept(offers -> set(scope, new CertificateView.Choose(offers)));
    }

    /** The citizen chose a certificate: the approval system issues it, then page 1 shows. */
    public void choose(CertificateType type) {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> session = shell.sessionScope();
        SessionScope scope = showing();
        if (citizen.isEmpty() || session.isEmpty() || scope == null
                || !(view.get() instanceof CertificateView.Choose)) {
            return;
        }
        set(scope, new CertificateView.Issuing(type));
        desk.issue(session.get(), citizen.get(), type).thenAccept(outcome -> {
            if (outcome instanceof IssueOutcome.Ready ready) {
                synchronized (this) {
                    if (shownIn != scope) {
                        return;
                    }
                    issuance = ready.issuance();
                }
                set(scope, new CertificateView.Preview(type, ready.preview()));
            } else if (outcome instanceof IssueOutcome.Refused refused) {
                journal.note(new JournalEvent.CertificateNotIssued(type.code(), refused.reason()));
                set(scope, new CertificateView.NotIssued(type, refused.reason()));
            }
        });
    }

    /** The citizen confirmed the preview: print, following the printer's progress. */
    public void confirm() {
        Issuance confirmed;
        CertificateType type;
        SessionScope scope;
        synchronized (this) {
            if (!(view.get() instanceof CertificateView.Preview preview) || issuance == null) {
                return;
            }
            confirmed = issuance;
            type = preview.type();
            scope = shownIn;
        }
        set(scope, new CertificateView.Printing(type, org.onetrip.kiosk.issuance.PrintStage.WAITING_FOR_PRINTER));
        desk.print(confirmed, stage -> set(scope, new CertificateView.Printing(type, stage))).thenAccept(outcome -> {
            if (outcome instanceof PrintOutcome.Printed printed) {
                journal.note(new JournalEvent.CertificatePrinted(type.code(), printed.pages()));
                set(scope, new CertificateView.Printed(type, printed.verificationCode(), printed.pages()));
            } else if (outcome instanceof PrintOutcome.NotPrinted notPrinted) {
                journal.note(new JournalEvent.CertificateNotPrinted(type.code(), notPrinted.reason()));
                set(scope, new CertificateView.NotPrinted(type, notPrinted.reason(), notPrinted.canPrintAgain()));
            }
        });
    }

    /** Back to the list of certificates, from a preview or an explanation. */
    public void backToList() {
        SessionScope scope = showing();
        Optional<CitizenIdentity> citizen = identification.citizen();
        if (scope == null || citizen.isEmpty()) {
            return;
        }
        synchronized (this) {
            issuance = null;
        }
        set(scope, new CertificateView.Loading());
        io.execute(() -> showOffers(scope, citizen.get()));
    }

    private synchronized SessionScope showing() {
        return shownIn;
    }

    /** Shows {@code next} if the journey it belongs to is still the one on screen. */
    private synchronized void set(SessionScope scope, CertificateView next) {
        if (scope != null && shownIn == scope) {
            view.set(next);
        }
    }

    private synchronized void forget(SessionScope left) {
        if (shownIn == left) {
            shownIn = null;
            issuance = null;
            view.set(new CertificateView.NotYet());
        }
    }

    @Override
    public void close() {
        identified.cancel();
        journeys.cancel();
    }
}
