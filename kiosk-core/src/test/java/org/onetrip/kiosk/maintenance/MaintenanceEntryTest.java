package org.onetrip.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.MaintenanceSettings;
import org.onetrip.devices.idcard.pcsc.BelgianEidProfile;
import org.onetrip.devices.idcard.pcsc.PcscIdCardReader;
import org.onetrip.devices.transport.pcsc.FileSystemCard;
import org.onetrip.devices.transport.pcsc.SimulatedTerminalProvider;
import org.onetrip.kiosk.identity.CardIdentification;
import org.onetrip.kiosk.journal.Journal;
import org.onetrip.kiosk.journal.JournalEvent;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.testsupport.ValueWatch;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;

/**
 * The way in: gesture and PIN without technician cards; with them, a card on the simulated PC/SC
 * reader (identified by GET DATA, FF CA 00 00 00) and the PIN, the card events reaching the entry
 * as they do on a kiosk, through the ID card step's one watch of the reader.
 */
class MaintenanceEntryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CARD_ID = "04A1B2C3D4E5F6";
    private static final byte[] ATR = HexFormat.of().parseHex("3B8F8001804F0CA0000003060300030000000068");
    private static final MaintenanceSettings WITH_CARDS = new MaintenanceSettings(List.of(PinCheckTest.HASH), 5,
            Duration.ofMinutes(5), List.of(CARD_ID));

    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final SimulatedTerminalProvider terminal = new SimulatedTerminalProvider("ACS ACR122U PICC Interface 00 00");
    private PcscIdCardReader reader;
    private CardIdentification identification;
    private PinCheck pins;
    private AuditJournal audit;
    private MaintenanceEntry entry;

    @BeforeEach
    void open() {
        audit = AuditJournal.open(dir, dir.resolve("keys"), time.clock());
    }

    /** The entry as a kiosk composes it: the reader's card events reach it through the ID card step. */
    private void compose(MaintenanceSettings settings) {
        // the kiosk's journal writer writes what it is handed in order, on its own thread; here at once, so the order shows
        compose(settings, event -> audit.record(event.actor(), event.action(), event.detail()));
    }

    private void compose(MaintenanceSettings settings, Journal notes) {
        pins = PinCheck.open(settings, audit, time.clock());
        entry = new MaintenanceEntry(settings, SecretGesture.standard(), pins, audit, notes);
        reader = new PcscIdCardReader(terminal.slot(), List.of(new BelgianEidProfile()), Duration.ofMillis(50),
                Clock.systemUTC());
        KioskShell shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)),
                Language.ZH_CN, time.clock(), time);
        identification = new CardIdentification(reader, shell, new SessionTime(time.clock(), time), Duration.ofSeconds(30));
        identification.followCards(entry::cardEvent);
    }

    @AfterEach
    void close() {
        if (identification != null) {
            identification.close();
            reader.close();
        }
        audit.close();
    }

    private void doGesture() {
        for (int i = 0; i < 5; i++) {
            entry.tap(new ScreenTap(0.02, 0.02, time.now()));
            time.advance(Duration.ofMillis(300));
        }
    }

    private static FileSystemCard contactless(String uid) {
        return new FileSystemCard(ATR).withUid(HexFormat.of().parseHex(uid));
    }

    private void awaitStage(EntryStage wanted) {
        ValueWatch.await(entry.stage(), stage -> stage == wanted, WAIT, "the entry " + wanted);
    }

    @Test
    void gestureThenPinOpensMaintenanceModeAndEverythingIsJournaled() {
        compose(PinCheckTest.SETTINGS);
        doGesture();
        assertThat(entry.stage().get()).isEqualTo(EntryStage.ASKING_PIN);

        assertThat(entry.enterPin(PinCheckTest.WRONG.toCharArray())).isEqualTo(new PinOutcome.Wrong(4));
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        assertThat(entry.stage().get()).isEqualTo(EntryStage.OPEN);
        entry.record(AuditAction.TAKEN_OUT_OF_SERVICE, "");
        entry.leave();

        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.MAINTENANCE_LEFT,
                AuditAction.TAKEN_OUT_OF_SERVICE, AuditAction.MAINTENANCE_ENTERED, AuditAction.PIN_ACCEPTED,
                AuditAction.PIN_REJECTED, AuditAction.GESTURE_RECOGNISED, AuditAction.JOURNAL_KEYED);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theScreensTapsAndTheLeavingAreHandedToTheJournalWriterNotWrittenOnTheScreensThread() {
        List<JournalEvent> handed = new CopyOnWriteArrayList<>();
        compose(PinCheckTest.SETTINGS, handed::add);
        doGesture();
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        entry.leave();

        assertThat(handed).extracting(JournalEvent::action)
                .containsExactly(AuditAction.GESTURE_RECOGNISED, AuditAction.MAINTENANCE_LEFT);
        assertThat(handed.get(1).actor()).isEqualTo("technician:pin");
        // what the PIN check's thread wrote is there; nothing the screen's thread did is written by it
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.MAINTENANCE_ENTERED,
                AuditAction.PIN_ACCEPTED, AuditAction.JOURNAL_KEYED);
    }

    @Test
    void tapsOnTheCitizensScreenWithoutTheGestureNeverAskForAPin() {
        compose(PinCheckTest.SETTINGS);
        for (int i = 0; i < 20; i++) {
            entry.tap(new ScreenTap(0.5, 0.7, time.now()));
            time.advance(Duration.ofMillis(200));
        }
        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThatThrownBy(() -> entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosingClosesThePromptAndIsJournaled() {
        compose(PinCheckTest.SETTINGS);
        doGesture();
        for (int i = 0; i < 4; i++) {
            entry.enterPin(PinCheckTest.WRONG.toCharArray());
        }
        assertThat(entry.enterPin(PinCheckTest.WRONG.toCharArray())).isInstanceOf(PinOutcome.LockedOut.class);

        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditAction.PIN_LOCKED_OUT);
        doGesture();
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).as("still closed after the gesture")
                .isInstanceOf(PinOutcome.LockedOut.class);
    }

    @Test
    void aTechnicianCardOnTheReaderThenThePinOpensMaintenanceMode() {
        compose(WITH_CARDS);

        terminal.insert(contactless(CARD_ID));

        awaitStage(EntryStage.ASKING_PIN);
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
        assertThat(entry.technician()).contains("technician:card:…E5F6");
        assertThat(audit.latest(3)).extracting(AuditEntry::action).containsExactly(AuditAction.MAINTENANCE_ENTERED,
                AuditAction.PIN_ACCEPTED, AuditAction.CARD_PRESENTED);
    }

    @Test
    void aCardAloneOpensNothingAndTakingItAwayClosesThePrompt() {
        compose(WITH_CARDS);
        terminal.insert(contactless(CARD_ID));
        awaitStage(EntryStage.ASKING_PIN);

        terminal.remove();

        awaitStage(EntryStage.CLOSED);
        assertThat(entry.technician()).isEmpty();
        assertThat(audit.latest(10)).extracting(AuditEntry::action).doesNotContain(AuditAction.MAINTENANCE_ENTERED);
    }

    @Test
    void withCardsConfiguredThePinAloneIsNotEnough() {
        compose(WITH_CARDS);

        doGesture();

        assertThat(entry.stage().get()).as("the gesture asks for the card, not the PIN").isEqualTo(EntryStage.ASKING_CARD);
        assertThatThrownBy(() -> entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(IllegalStateException.class);
        terminal.insert(contactless(CARD_ID));
        awaitStage(EntryStage.ASKING_PIN);
        terminal.remove();
        awaitStage(EntryStage.CLOSED);
    }

    @Test
    void anotherCardIsIgnoredAndLeavesNoTrace() throws Exception {
        compose(WITH_CARDS);

        terminal.insert(contactless("0011223344556677"));
        ValueWatch.await(identification.cardOnReader(), Boolean::booleanValue, WAIT, "the card seen on the reader");

        assertThat(entry.stage().get()).isEqualTo(EntryStage.CLOSED);
        assertThat(audit.latest(10)).extracting(AuditEntry::action).as("only the journal's own first entry")
                .containsExactly(AuditAction.JOURNAL_KEYED);
    }

    @Test
    void aTechnicianCardLiftsTheOutOfServiceLockoutAndThenNeedsThePin() {
        compose(WITH_CARDS);
        for (int i = 1; i <= 20; i++) {
            pins.check(PinCheckTest.WRONG.toCharArray(), "technician:pin");
            if (pins.state() instanceof LockoutState.Closed closed) {
                time.advance(Duration.between(time.now(), closed.until()));
            }
        }
        assertThat(pins.outOfService().get()).isTrue();
        time.advance(Duration.ofHours(1));

        terminal.insert(contactless(CARD_ID));

        awaitStage(EntryStage.ASKING_PIN);
        assertThat(pins.outOfService().get()).isFalse();
        assertThat(audit.latest(2)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CARD_PRESENTED, AuditAction.CARD_UNLOCK);
        assertThat(entry.enterPin(PinCheckTest.PIN.toCharArray())).isInstanceOf(PinOutcome.Accepted.class);
    }

    @Test
    void actionsAreRefusedOutsideMaintenanceMode() {
        compose(PinCheckTest.SETTINGS);
        assertThatThrownBy(() -> entry.record(AuditAction.TAKEN_OUT_OF_SERVICE, ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not open");
        assertThat(audit.latest(10)).extracting(AuditEntry::action).containsExactly(AuditAction.JOURNAL_KEYED);
    }
}
