package org.onetrip.kiosk.maintenance;

import java.util.Objects;
import java.util.Optional;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.kiosk.observable.ReadOnlyValue;
import org.onetrip.kiosk.observable.Value;

/**
 * The hidden way into maintenance mode: the secret gesture, then a PIN; or a technician card on
 * the reader. Every entry, every refused PIN and every lockout goes into the audit journal.
 * The presentation model of the PIN prompt binds to {@link #stage()}.
 *
 * <p>Thread-safe; listeners of {@link #stage()} are called on the thread that made the change.
 */
public final class MaintenanceEntry {
    private final MaintenanceSettings settings;
    private final SecretGesture gesture;
    private final PinCheck pins;
    private final AuditJournal audit;
    private final Value<EntryStage> stage = new Value<>(EntryStage.CLOSED);
    private Optional<String> technician = Optional.empty();

    public MaintenanceEntry(MaintenanceSettings settings, SecretGesture gesture, PinCheck pins, AuditJournal audit) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.gesture = Objects.requireNonNull(gesture, "gesture");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    public ReadOnlyValue<EntryStage> stage() {
        return stage;
    }

    /** Who is in maintenance mode ({@code technician:pin} or {@code technician:card:…1A2B}); empty when closed. */
    public synchronized Optional<String> technician() {
        return technician;
    }

    /** A touch on the citizens' screen; true when it completed the gesture and the PIN prompt opens. */
    public synchronized boolean tap(ScreenTap tap) {
        if (stage.get() != EntryStage.CLOSED || !gesture.tap(tap)) {
            return false;
        }
        audit.record("kiosk", AuditAction.GESTURE_RECOGNISED, "PIN prompt shown");
        stage.set(EntryStage.ASKING_PIN);
        return true;
    }

    /**
     * A PIN typed at the prompt; the array is cleared. A right PIN opens maintenance mode; a
     * lockout closes the prompt.
     *
     * @throws IllegalStateException when the prompt is not showing
     */
    public synchronized PinOutcome enterPin(char[] pin) {
        if (stage.get() != EntryStage.ASKING_PIN) {
            java.util.Arrays.fill(pin, '\0');
            throw new IllegalStateException("no PIN prompt is showing");
        }
        PinOutcome outcome = pins.check(pin);
        if (outcome instanceof PinOutcome.Accepted) {
            open("technician:pin");
        } else if (outcome instanceof PinOutcome.Wrong wrong) {
            audit.record("technician:pin", AuditAction.PIN_REJECTED, wrong.attemptsLeft() + " attempts left");
        } else if (outcome instanceof PinOutcome.LockedOut locked) {
            audit.record("technician:pin", AuditAction.PIN_LOCKED_OUT, "PIN entry closed until " + locked.until());
            stage.set(EntryStage.CLOSED);
        }
        return outcome;
    }

    /** Closes the PIN prompt without entering. */
    public synchronized void cancel() {
        if (stage.get() == EntryStage.ASKING_PIN) {
            stage.set(EntryStage.CLOSED);
        }
    }

    /**
     * A card on the reader; a configured technician card opens maintenance mode. Other cards
     * (citizens' cards every day) are ignored and not recorded.
     *
     * @param cardId the card's id in upper-case hex
     * @return whether maintenance mode opened
     */
    public synchronized boolean presentCard(String cardId) {
        Objects.requireNonNull(cardId, "cardId");
        if (stage.get() == EntryStage.OPEN || !settings.technicianCards().contains(cardId)) {
            return false;
        }
        open("technician:card:…" + cardId.substring(cardId.length() - 4));
        return true;
    }

    /** Leaves maintenance mode. */
    public synchronized void leave() {
        if (stage.get() != EntryStage.OPEN) {
            return;
        }
        audit.record(technician.orElse("technician"), AuditAction.MAINTENANCE_LEFT, "");
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
}
