package org.onetrip.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.onetrip.kiosk.identity.CardAway;
import org.onetrip.kiosk.identity.IdentificationState;
import org.onetrip.kiosk.filing.FilingJourney;
import org.onetrip.kiosk.input.ChineseInput;
import org.onetrip.kiosk.journey.CertificateJourney;
import org.onetrip.kiosk.journey.MatterChooser;
import org.onetrip.kiosk.journey.ProgressView;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.payment.PaymentJourney;
import org.onetrip.kiosk.observable.Value;
import org.onetrip.kiosk.reminder.CardLeftBehind;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.voice.VoiceGuidance;

/**
 * The presentation models the kiosk's screens bind to.
 *
 * @param shell which screen, language and look; the session
 * @param identification the ID card step
 * @param progress the "check my progress" journey after the ID card step
 * @param chooser choosing what to file after the ID card step, when the kiosk has a catalog
 * @param maintenance the technicians' hidden entry and console
 * @param certificates the "print a certificate" journey, when the kiosk has a certificate printer
 * @param voice voice guidance: screens and journey steps announce their main instruction here
 * @param cardLeftBehind the take-your-ID-card reminder, when the kiosk has an ID card reader
 * @param filing filing an application after the matter's page, when the kiosk can take filings
 * @param cardAway the identified citizen's card is off the reader: put it back
 * @param chineseInput pinyin and handwriting engines for the on-screen keyboard; without them it
 *     offers Latin letters and digits only
 * @param payments a fresh "缴费 / Pay" journey for each visit, when the kiosk takes payments
 */
public record KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
        ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
        Optional<CertificateJourney> certificates, VoiceGuidance voice, Optional<CardLeftBehind> cardLeftBehind,
        Optional<FilingJourney> filing, ReadOnlyValue<Optional<CardAway>> cardAway, Optional<ChineseInput> chineseInput,
        Optional<Supplier<PaymentJourney>> payments) {

    public KioskModels {
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(identification, "identification");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(chooser, "chooser");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(cardLeftBehind, "cardLeftBehind");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(cardAway, "cardAway");
        Objects.requireNonNull(chineseInput, "chineseInput");
        Objects.requireNonNull(payments, "payments");
    }

    /** Models of a kiosk that takes no payments and types Latin letters and digits only. */
    public KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
            ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
            Optional<CertificateJourney> certificates, VoiceGuidance voice, Optional<CardLeftBehind> cardLeftBehind,
            Optional<FilingJourney> filing, ReadOnlyValue<Optional<CardAway>> cardAway) {
        this(shell, identification, progress, chooser, maintenance, certificates, voice, cardLeftBehind, filing,
                cardAway, Optional.empty(), Optional.empty());
    }

    /** Models whose card is never asked back. */
    public KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
            ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
            Optional<CertificateJourney> certificates, VoiceGuidance voice, Optional<CardLeftBehind> cardLeftBehind,
            Optional<FilingJourney> filing) {
        this(shell, identification, progress, chooser, maintenance, certificates, voice, cardLeftBehind, filing,
                new Value<>(Optional.empty()), Optional.empty(), Optional.empty());
    }

    /** Models whose voice guidance only logs, with no card reminder and no filing past the matter's page. */
    public KioskModels(KioskShell shell, ReadOnlyValue<IdentificationState> identification,
            ReadOnlyValue<ProgressView> progress, Optional<MatterChooser> chooser, Optional<MaintenanceModels> maintenance,
            Optional<CertificateJourney> certificates) {
        this(shell, identification, progress, chooser, maintenance, certificates, VoiceGuidance.silent(shell),
                Optional.empty(), Optional.empty());
    }

    /** A shell whose journeys have nothing behind them yet: no card is ever read. */
    public static KioskModels shellOnly(KioskShell shell) {
        return new KioskModels(shell, new Value<>(new IdentificationState.WaitingForCard()),
                new Value<>(new ProgressView.NotYet()), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** These models with another voice guidance and card reminder. */
    public KioskModels withVoice(VoiceGuidance guidance, Optional<CardLeftBehind> reminder) {
        return new KioskModels(shell, identification, progress, chooser, maintenance, certificates, guidance, reminder,
                filing, cardAway, chineseInput, payments);
    }
}
