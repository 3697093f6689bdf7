package org.onetrip.ui;

import java.util.Objects;
import java.util.Optional;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.journey.CertificateJourney;
import org.onetrip.kiosk.journey.MatterChooser;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.shell.KioskShell;

/**
 * The presentation models the kiosk's screens bind to.
 *
 * @param shell which screen, language and look; the session
 * @param identification the ID card step
 * @param progress the "check my progress" journey after the ID card step
 * @param chooser choosing what to file after the ID card step, when the kiosk has a catalog
 * @param maintenance the technicians' hidden entry and console
 * @param certificates the "print a certificate" journey, when the kiosk has a certificate printer
 * @param filing filing an application after the matter's page, when the kiosk can take filings
 */
public record KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
        ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
        Optional<CertificateJourney> certificates, Optional<FilingJourney> filing) {

    public KioskModels {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(chooser, "chooser");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(filing, "filing");
    }

    /** Models of a kiosk that takes no filings past the matter's page. */
    public KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
            ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
            Optional<CertificateJourney> certificates) {
        this(shell, identification, progress, chooser, maintenance, certificates, Optional.empty());
    }

    /** A shell whose journeys have nothing behind them yet: no card is ever read. */
    public static KioskModels shellOnly(KioskShell shell) {
        return new KioskModels(shell, new Value<>(new IdentificationState.WaitingForCard()),
                new Value<>(new ProgressView.NotYet()), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
