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
    private final Value<CertificateView> view = new Value<>(new CertificateView.NotYet());
    private final Subscription identified;
    private final Subscription journeys;
    private Issuance issuance;

    /** @param io where listeners hand their work to; never the screen's thread */
    public CertificateJourney(KioskShell shell, CardIdentification identification, CertificateDesk desk, Executor io) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.io = Objects.requireNonNull(io, "io");
        // listeners run under their model's lock: only hand the work on
        this.identified = identification.state().subscribe(state -> io.execute(this::offerIfWanted));
        this.journeys = shell.journey().subscribe(journey -> io.execute(this::offerIfWanted));
    }

    public ReadOnlyValue<CertificateView> view() {
        return view;
    }

    private void offerIfWanted() {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> session = shell.sessionScope();
        if (citizen.isEmpty() || session.isEmpty()
                || !shell.journey().get().equals(Optional.of(Journey.PRINT_CERTIFICATE))) {
            return;
        }
        synchronized (this) {
            if (!(view.get() instanceof CertificateView.NotYet)) {
                return;
            }
            try {
                session.get().hold(this::forget);
            } catch (IllegalStateException sessionJustEnded) {
                return;
            }
            view.set(new CertificateView.Loading());
        }
        showOffers(citizen.get());
    }

    private void showOffers(CitizenIdentity citizen) {
        desk.offer(citizen).thenAccept(offers -> set(new CertificateView.Choose(offers)));
    }

    /** The citizen chose a certificate: the approval system issues it, then page 1 shows. */
    public void choose(CertificateType type) {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> session = shell.sessionScope();
        if (citizen.isEmpty() || session.isEmpty()) {
            return;
        }
        set(new CertificateView.Issuing(type));
        desk.issue(session.get(), citizen.get(), type).thenAccept(outcome -> {
            if (outcome instanceof IssueOutcome.Ready ready) {
                synchronized (this) {
                    issuance = ready.issuance();
                }
                set(new CertificateView.Preview(type, ready.preview()));
            } else if (outcome instanceof IssueOutcome.Refused refused) {
                set(new CertificateView.NotIssued(type, refused.reason()));
            }
        });
    }

    /** The citizen confirmed the preview: print, following the printer's progress. */
    public void confirm() {
        Issuance confirmed;
        CertificateType type;
        synchronized (this) {
            if (!(view.get() instanceof CertificateView.Preview preview) || issuance == null) {
                return;
            }
            confirmed = issuance;
            type = preview.type();
        }
        set(new CertificateView.Printing(type, org.onetrip.kiosk.issuance.PrintStage.WAITING_FOR_PRINTER));
        desk.print(confirmed, stage -> set(new CertificateView.Printing(type, stage))).thenAccept(outcome -> {
            if (outcome instanceof PrintOutcome.Printed printed) {
                set(new CertificateView.Printed(type, printed.verificationCode(), printed.pages()));
            } else if (outcome instanceof PrintOutcome.NotPrinted notPrinted) {
                set(new CertificateView.NotPrinted(type, notPrinted.reason(), notPrinted.canPrintAgain()));
            }
        });
    }

    /** Back to the list of certificates, from a preview or an explanation. */
    public void backToList() {
        identification.citizen().ifPresent(citizen -> {
            set(new CertificateView.Loading());
            io.execute(() -> showOffers(citizen));
        });
    }

    private synchronized void set(CertificateView next) {
        if (!(view.get() instanceof CertificateView.NotYet) || next instanceof CertificateView.Loading) {
            view.set(next);
        }
    }

    private synchronized void forget() {
        issuance = null;
        view.set(new CertificateView.NotYet());
    }

    @Override
    public void close() {
        identified.cancel();
        journeys.cancel();
    }
}
