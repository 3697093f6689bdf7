package org.onetrip.kiosk.maintenance;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.devices.idcard.CardEvent;
import org.onetrip.devices.idcard.CardIdentifier;
import org.onetrip.kiosk.journal.Journal;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * The hidden way into maintenance mode. Without technician cards configured: the secret gesture,
 * then a PIN. With technician cards configured, two factors: a listed card on the ID card reader,
 * then a PIN while the card stays there; the gesture only asks for the card, a PIN without the
 * card is not checked, and a card alone opens nothing. A technician card also lifts a lockout
 * that needs an unlock ({@link PinCheck#liftWithCard}). Cards arrive as the reader's card events
 * ({@link #cardEvent}); other cards (citizens', every day) are ignored and leave no trace.
 * Every entry, PIN and unlock goes into the audit journal. A tap and the leaving come from the
 * screen's thread, which never waits for the disk: those two are handed to the kiosk's journal
 * writer ({@link Journal}); the rest is written at once, on the reader's or the PIN check's thread.
 * The presentation model of the prompt binds to {@link #stage()}.
 *
 * <p>Thread-safe; listeners of {@link #stage()} are called on the thread that made the change.
 */
public final class MaintenanceEntry {
    private final MaintenanceSettings settings;
    private final SecretGesture gesture;
    private final PinCheck pins;
    private final AuditJournal audit;
    private final Journal notes;
    private final Value<EntryStage> stage = new Value<>(EntryStage.CLOSED);
    private Optional<String> technician = Optional.empty();
    private Optional<CardIdentifier> technicianCard = Optional.empty();

    /**
     * @param audit where entries, PINs and unlocks are written at once
     * @param notes where the screen's taps and the leaving are handed, to be written without the screen waiting
     */
    public MaintenanceEntry(MaintenanceSettings settings, SecretGesture gesture, PinCheck pins, AuditJournal audit,
                            Journal notes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gesture = Objects.requireNonNull(gesture, "gesture");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.notes = Objects.requireNonNull(notes, "notes");
    }

    public ReadOnlyValue<EntryStage> stage() {
        return stage;
    }

    /** Who is in maintenance mode ({@code technician:pin} or {@code technician:card:…1A2B}); empty when closed. */
    public synchronized Optional<String> technician() {
        return technician;
    }

    /** Whether a PIN may be entered now, and if not, until when or what opens it. */
    public LockoutState lockout() {
        return pins.state();
    }

    /**
     * A touch on the citizens' screen; true when it completed the gesture and the PIN prompt (or,
     * with technician cards configured, the request for the card) opens.
     */
    public synchronized boolean tap(ScreenTap tap) {
        if (stage.get() != EntryStage.CLOSED || !gesture.tap(tap)) {
            return false;
        }
        if (settings.needsCard() && technicianCard.isEmpty()) {
            notes.note(new JournalEvent.GestureRecognised(EntryStage.ASKING_CARD));
            stage.set(EntryStage.ASKING_CARD);
        } else {
            notes.note(new JournalEvent.GestureRecognised(EntryStage.ASKING_PIN));
            stage.set(EntryStage.ASKING_PIN);
        }
        return true;
    }

    /**
     * A PIN typed at the prompt; the array is cleared. A right PIN opens maintenance mode; a
     * closing of PIN entry closes the prompt. With technician cards configured, a PIN is checked
     * only while a technician card lies on the reader.
     *
     * @throws IllegalStateException when the prompt is not showing
     */
    public synchronized PinOutcome enterPin(char[] pin) {
        if (stage.get() != EntryStage.ASKING_PIN) {
            Arrays.fill(pin, '\0');
            throw new IllegalStateException("no PIN prompt is showing");
        }
        if (settings.needsCard() && technicianCard.isEmpty()) {
            Arrays.fill(pin, '\0');
            stage.set(EntryStage.ASKING_CARD);
            return new PinOutcome.CardNeeded();
        }
        String who = technicianCard.map(MaintenanceEntry::cardActor).orElse("technician:pin");
        PinOutcome outcome = pins.check(pin, who);
        if (outcome instanceof PinOutcome.Accepted) {
            open(who);
        } else if (outcome instanceof PinOutcome.LockedOut || outcome instanceof PinOutcome.UnlockNeeded) {
            stage.set(EntryStage.CLOSED);
        }
        return outcome;
    }

    /** Closes the PIN prompt (or the request for the card) without entering. */
    public synchronized void cancel() {
        if (stage.get() == EntryStage.ASKING_PIN || stage.get() == EntryStage.ASKING_CARD) {
            stage.set(EntryStage.CLOSED);
        }
    }

    /**
     * A card placed on or taken off the ID card reader, as the reader's card watch reports it.
     * A listed technician card lifts a lockout that needs an unlock, and opens the PIN prompt;
     * taking it away closes the prompt again. Other cards are ignored.
     */
    public synchronized void cardEvent(CardEvent event) {
        if (event instanceof CardEvent.CardPlaced placed) {
            Optional<CardIdentifier> card = placed.card()
                    .filter(id -> settings.technicianCards().contains(id.hex()));
            if (card.isEmpty()) {
                return;
            }
            technicianCard = card;
            String who = cardActor(card.get());
            pins.liftWithCard(who);
            if (stage.get() == EntryStage.CLOSED || stage.get() == EntryStage.ASKING_CARD) {
                audit.record(who, AuditAction.CARD_PRESENTED, "PIN prompt shown");
                stage.set(EntryStage.ASKING_PIN);
            }
        } else if (technicianCard.isPresent()) {
            technicianCard = Optional.empty();
            if (stage.get() == EntryStage.ASKING_PIN && settings.needsCard()) {
                stage.set(EntryStage.CLOSED);
            }
        }
    }

    /** Leaves maintenance mode. */
    public synchronized void leave() {
        if (stage.get() != EntryStage.OPEN) {
            return;
        }
        notes.note(new JournalEvent.MaintenanceLeft(technician.orElse("technician")));
        technician = Optional.empty();
        stage.set(EntryStage.CLOSED);
    }

    /**
     * Records a technician's action under the technician who is in.
     *
     * @throws IllegalStateException when maintenance mode is not open
     */
    public synchronized AuditEntry record(AuditAction action, String detail) {
        if (stage.get() != EntryStage.OPEN) {
            throw new IllegalStateException("maintenance mode is not open; " + action + " is not allowed");
        }
        return audit.record(technician.orElseThrow(), action, detail);
    }

    private void open(String who) {
        technician = Optional.of(who);
        audit.record(who, AuditAction.MAINTENANCE_ENTERED, "");
        stage.set(EntryStage.OPEN);
    }

    /** The journal's name for a card holder: the card's last four hex digits only. */
    private static String cardActor(CardIdentifier card) {
        String hex = card.hex();
        return "technician:card:…" + hex.substring(Math.max(0, hex.length() - 4));
    }
}
