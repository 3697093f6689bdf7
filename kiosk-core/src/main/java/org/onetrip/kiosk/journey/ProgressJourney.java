package org.onetrip.kiosk.journey;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.onetrip.config.catalog.ServiceCatalog;
import org.onetrip.config.LocalizedText;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.identity.CitizenIdentity;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Subscription;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.progress.FilingProgress;
import org.onetrip.kiosk.progress.ProgressLookup;
import org.onetrip.kiosk.progress.ProgressReport;
import org.onetrip.kiosk.session.SessionScope;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.KioskShell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Check my progress": once the citizen on this journey is identified, their filings are
 * looked up (off the caller's thread, since the approval system may be slow) and listed with
 * their states and promised dates. What was shown is forgotten when the session ends.
 */
public final class ProgressJourney implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressJourney.class);

    private final KioskShell shell;
    private final CardIdentification identification;
    private final ProgressLookup lookup;
    private final ServiceCatalog catalog;
    private final Executor io;
    private final Value<ProgressView> view = new Value<>(new ProgressView.NotYet());
    private final Subscription identified;
    private final Subscription journeys;

    /** @param io where the lookup runs; it blocks on the network */
    public ProgressJourney(KioskShell shell, CardIdentification identification, ProgressLookup lookup,
            ServiceCatalog catalog, Executor io) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.io = Objects.requireNonNull(io, "io");
        // listeners run under their model's lock: only hand the work on
        this.identified = identification.state().subscribe(state -> io.execute(this::loadIfWanted));
        this.journeys = shell.journey().subscribe(journey -> io.execute(this::loadIfWanted));
    }

    public ReadOnlyValue<ProgressView> view() {
        return view;
    }

    private void loadIfWanted() {
        Optional<CitizenIdentity> citizen = identification.citizen();
        Optional<SessionScope> journey = shell.journeyScope();
        if (citizen.isEmpty() || journey.isEmpty()
                || !shell.journey().get().equals(Optional.of(Journey.CHECK_PROGRESS))) {
            return;
        }
        // leaving the journey, or the session's end, forgets the list
        SessionScope scope = journey.get();
        synchronized (this) {
            if (!(view.get() instanceof ProgressView.NotYet)) {
                return;
            }
            try {
                scope.hold(this::forget);
            } catch (IllegalStateException sessionJustEnded) {
                return;
            }
            view.set(new ProgressView.Loading());
        }
        String idNumber = citizen.get().record().idNumber();
        io.execute(() -> show(scope, lookup.lookup(idNumber)));
    }

    private synchronized void forget() {
        view.set(new ProgressView.NotYet());
    }

    private synchronized void show(SessionScope scope, ProgressReport report) {
        if (scope.isWiped()) {
            return;
        }
        report.backendProblem().ifPresent(problem -> log.info("progress shown from the kiosk alone: {}", problem));
        view.set(new ProgressView.Filings(report.filings().stream().map(this::row).toList(), !report.complete()));
    }

    private FilingRow row(FilingProgress filing) {
        List<LocalizedText> what = filing.bundleCode().flatMap(catalog::bundle)
                .map(bundle -> List.of(bundle.name()))
                .orElseGet(() -> filing.matterCodes().stream()
                        .map(code -> catalog.matter(code).map(matter -> matter.name())
                                .orElse(new LocalizedText(code, code)))
                        .toList());
        return new FilingRow(filing.displayNumber(), filing.otherNumber(), what, filing.stage(), filing.reason(), filing.promisedDate(),
                filing.since());
    }

    @Override
    public void close() {
        identified.cancel();
        journeys.cancel();
    }
}
