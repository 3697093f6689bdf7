package org.onetrip.kiosk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.devices.idcard.CardRead;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.receipt.InMemoryReceiptJournal;
import org.onetrip.devices.receipt.PrintOutcome;
import org.onetrip.devices.receipt.ReceiptId;
import org.onetrip.devices.receipt.ReceiptJob;
import org.onetrip.devices.receipt.layout.ReceiptDocument;
import org.onetrip.devices.receipt.driver.EscPosReceiptPrinter;
import org.onetrip.devices.receipt.driver.PrinterSettings;
import org.onetrip.devices.receipt.driver.ReconnectBackoff;
import org.onetrip.devices.receipt.layout.PaperWidth;
import org.onetrip.devices.receipt.sim.PtySimulatorEndpoint;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.transport.serial.SerialPortTransport;
import org.onetrip.kiosk.outbox.RetryPolicy;
import org.onetrip.kiosk.session.SessionTimeouts;
import org.onetrip.kiosk.shell.Availability;
import org.onetrip.kiosk.shell.KioskShell;
import org.onetrip.kiosk.shell.Language;
import org.onetrip.kiosk.shell.OutOfServiceReason;
import org.onetrip.kiosk.shell.Screen;
import org.onetrip.kiosk.time.ManualTime;

/**
 * The supervisor over the real drivers, each talking to its simulator over a pseudo-terminal:
 * the simulators fail and recover, and the offer follows. The supervisor's own time is manual
 * (probes run when the test moves it on); the devices' answers arrive on their own threads.
 */
class DeviceSupervisorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final SamReaderTimeouts FAST_READER = new SamReaderTimeouts(Duration.ofMillis(400),
            Duration.ofMillis(800), Duration.ofMillis(50));
    private static final PrinterSettings FAST_PRINTER = new PrinterSettings(PaperWidth.MM80, Duration.ofMillis(300),
            Duration.ofSeconds(2), Duration.ofMillis(100), new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(300)));
    private static final SupervisionSettings SETTINGS = new SupervisionSettings(Duration.ofMinutes(1),
            new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, new Random(1)), Duration.ofMinutes(1));

    @TempDir
    Path dir;

    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final Clock deviceClock = Clock.fixed(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final BlockingQueue<Offer> offers = new LinkedBlockingQueue<>();
    private SamReaderSimulator cardSimulator;
    private SamIdCardReader reader;
    private ReceiptPrinterSimulator printerSimulator;
    private PtySimulatorEndpoint printerPort;
    private EscPosReceiptPrinter printer;
    private CounterStore counters;
    private DeviceSupervisor supervisor;

    @BeforeEach
    void startDevices() throws Exception {
        cardSimulator = SamReaderSimulator.onPseudoTerminal(Optional.of(dir.resolve("ttyIDCARD")), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(cardSimulator.address(), 115200, FAST_READER, deviceClock);
        printerSimulator = new ReceiptPrinterSimulator(PaperWidth.MM80, ReceiptPrinterSimulator.Settings.defaults(), Optional.empty());
        printerPort = printerSimulator.attachPty(Optional.of(dir.resolve("ttyRECEIPT")));
        printer = new EscPosReceiptPrinter("receipt-printer", new SerialPortTransport(printerPort.portPath(), 115200),
                FAST_PRINTER, new InMemoryReceiptJournal(), deviceClock);
        printer.start().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        counters = CounterStore.open(dir.resolve("data"), time.clock());
        supervisor = new DeviceSupervisor(List.of(SupervisedDevice.idCardReader("idcard", reader),
                SupervisedDevice.receiptPrinter("receipt-printer", printer)), SETTINGS, counters, time);
        supervisor.offer().subscribe(offers::add);
        supervisor.start();
        time.advance(Duration.ZERO);
        awaitOffer(Offer::inService, "in service once the reader answered the first probe");
    }

    @AfterEach
    void stop() {
        supervisor.close();
        counters.close();
        reader.close();
        cardSimulator.close();
        printer.close();
        printerSimulator.close();
    }

    @Test
    void withAReaderAndAReceiptPrinterButNoScannerOnlyScanFreeFilingAndProgressAreOffered() {
        Offer offer = supervisor.offer().get();

        assertThat(offer.services()).containsExactlyInAnyOrder(OfferedService.CHECK_PROGRESS, OfferedService.FILE_WITHOUT_SCAN);
        assertThat(offer.limits()).contains("scanner not configured", "certificatePrinter not configured");
    }

    @Test
    void aSilentCardReaderTakesTheKioskOutOfServiceUntilItAnswersAgain() {
        KioskShell shell = new KioskShell(new SessionTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(20)), Language.ZH_CN,
                time.clock(), time);
        BlockingQueue<Screen> screens = new LinkedBlockingQueue<>();
        shell.screen().subscribe(screens::add);
        supervisor.drive(shell);
        shell.touch();
        assertThat(shell.screen().get()).isEqualTo(Screen.HOME);

        cardSimulator.goSilent();
        time.advance(SETTINGS.healthyProbe());
        Offer out = awaitOffer(o -> !o.inService(), "out of service while the reader is silent");

        assertThat(out.availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT));
        assertThat(out.limits()).anyMatch(l -> l.startsWith("idCardReader OFFLINE"));
        assertThat(awaitScreen(screens, Screen.OUT_OF_SERVICE)).as("the session ended and the out-of-service screen shows").isTrue();

        cardSimulator.speakAgain();
        time.advance(SETTINGS.failedProbe().max());
        awaitOffer(Offer::inService, "back in service once the reader answers a probe");

        assertThat(awaitScreen(screens, Screen.ATTRACT)).isTrue();
        assertThat(counters.get("idcard.errors")).isEqualTo(1);
        assertThat(counters.errorsByDay("idcard", 3)).extracting(DailyErrors::errors).containsExactly(0L, 0L, 1L);
    }

    @Test
    void anUnpluggedCardReaderIsFoundAgainByTheProbesAfterItIsPluggedBackIn() throws Exception {
        cardSimulator.unplug();
        time.advance(SETTINGS.healthyProbe());
        awaitOffer(o -> o.availability().equals(Availability.outOfService(OutOfServiceReason.DEVICE_FAULT)), "out of service");
        assertThat(reader.status().reasons()).isNotEmpty();

        cardSimulator.plugBackIn();
        time.advance(SETTINGS.failedProbe().max());

        awaitOffer(Offer::inService, "in service after the cable is back");
    }

    @Test
    void paperOutWithdrawsFilingAndLoadingPaperOffersItAgain() throws Exception {
        printerSimulator.runOutOfPaperAfterLines(2);
        PrintOutcome outcome = printer.print(new ReceiptJob(new ReceiptId("r-1"), ReceiptDocument.builder(PaperWidth.MM80)
                .text("受理回执").text("line 2").text("line 3").text("line 4").build())).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(PrintOutcome.Failed.class);
        Offer paperOut = awaitOffer(o -> !o.offers(OfferedService.FILE_WITHOUT_SCAN), "no filing without paper");
        assertThat(paperOut.services()).containsExactly(OfferedService.CHECK_PROGRESS);
        assertThat(paperOut.inService()).as("progress can still be checked").isTrue();
        assertThat(paperOut.limits()).anyMatch(l -> l.contains("PAPER_OUT"));

        printerSimulator.loadPaper();
        awaitOffer(o -> o.offers(OfferedService.FILE_WITHOUT_SCAN), "filing again with a new roll");

        assertThat(counters.get("receipt-printer.paperOuts")).isEqualTo(1);
    }

    @Test
    void anOpenCoverWithdrawsFilingUntilItIsClosed() {
        printerSimulator.openCover();
        awaitOffer(o -> !o.offers(OfferedService.FILE_WITHOUT_SCAN), "no filing with the cover open");

        printerSimulator.closeCover();
        awaitOffer(o -> o.offers(OfferedService.FILE_WITHOUT_SCAN), "filing again with the cover closed");
    }

    @Test
    void aReceiptPrinterThatGoesOfflineWithdrawsFilingUntilItComesBack() throws Exception {
        printerSimulator.goOffline();
        awaitOffer(o -> !o.offers(OfferedService.FILE_WITHOUT_SCAN), "no filing while the printer is offline");

        printerSimulator.comeOnline();
        awaitOffer(o -> o.offers(OfferedService.FILE_WITHOUT_SCAN), "filing again once the printer answers");

        assertThat(counters.get("receipt-printer.errors")).isEqualTo(1);
    }

    @Test
    void aTechnicianTakesTheKioskOutOfServiceAndBack() {
        supervisor.takeOutOfService();
        assertThat(supervisor.offer().get().availability()).isEqualTo(Availability.outOfService(OutOfServiceReason.MAINTENANCE));

        supervisor.returnToService();
        assertThat(supervisor.offer().get().inService()).isTrue();
    }

    @Test
    void theDriversCountsArePersistedAndSurviveARestart() throws Exception {
        cardSimulator.placeCard("zhang-wei");
        CardRead read = reader.read().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(read).isInstanceOf(CardRead.Success.class);
        ((CardRead.Success) read).identity().wipe();
        cardSimulator.removeCard();
        reader.read().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        time.advance(SETTINGS.counterSync());
        supervisor.close();
        counters.close();

        try (CounterStore afterRestart = CounterStore.open(dir.resolve("data"), time.clock())) {
            assertThat(afterRestart.get("idcard.cardsRead")).isEqualTo(1);
            assertThat(afterRestart.get("idcard.readFailure.NO_CARD")).isEqualTo(1);
        }
    }

    /** Waits until the shell shows a screen; the shell hears of the offer on the device's thread. */
    private static boolean awaitScreen(BlockingQueue<Screen> screens, Screen wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            Screen next;
            do {
                next = screens.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (next != null && next != wanted);
            return next == wanted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for an offer that matches, as published by the supervisor; fails after {@link #WAIT}. */
    private Offer awaitOffer(Predicate<Offer> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Offer now = supervisor.offer().get();
        while (!wanted.test(now)) {
            long left = deadline - System.nanoTime();
            assertThat(left).as("waiting for: " + what + "; last offer " + now).isPositive();
            try {
                Offer next = offers.poll(left, TimeUnit.NANOSECONDS);
                if (next != null) {
                    now = next;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
        return now;
    }
}
