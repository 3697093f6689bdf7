package org.onetrip.kiosk.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onetrip.config.devices.DeviceRole;
import org.onetrip.devices.idcard.sam.SamIdCardReader;
import org.onetrip.devices.idcard.sam.SamReaderTimeouts;
import org.onetrip.devices.idcard.sim.IdentityDeck;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.printer.ipp.IppDocumentPrinter;
import org.onetrip.devices.printer.ipp.IppPrinterSettings;
import org.onetrip.kiosk.time.ManualTime;

/** The certificate-printer rule over the IPP driver, against a printer on loopback HTTP that jams and is cleared. */
class CertificatePrinterSupervisionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private final ManualTime time = new ManualTime(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final BlockingQueue<Offer> offers = new LinkedBlockingQueue<>();
    private SamReaderSimulator cardSimulator;
    private SamIdCardReader reader;
    private LoopbackIppPrinter ippPrinter;
    private IppDocumentPrinter printer;
    private CounterStore counters;
    private DeviceSupervisor supervisor;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T14:00:00Z"), ZoneId.of("Asia/Shanghai"));
        cardSimulator = SamReaderSimulator.onPseudoTerminal(Optional.empty(), IdentityDeck.standard(), 0);
        reader = SamIdCardReader.overSerial(cardSimulator.address(), 115200,
                new SamReaderTimeouts(Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(50)), clock);
        ippPrinter = new LoopbackIppPrinter();
        printer = new IppDocumentPrinter(ippPrinter.uri(), IppPrinterSettings.defaults(), clock);
        counters = CounterStore.open(dir, time.clock());
        supervisor = new DeviceSupervisor(List.of(SupervisedDevice.idCardReader("idcard", reader),
                SupervisedDevice.documentPrinter("certificate-printer", DeviceRole.CERTIFICATE_PRINTER, printer)),
                SupervisionSettings.standard(new java.util.Random(3)), counters, time);
        supervisor.offer().subscribe(offers::add);
        supervisor.start();
        time.advance(Duration.ZERO);
        awaitOffer(o -> o.offers(OfferedService.PRINT_CERTIFICATE), "certificates offered once the printer answered");
    }

    @AfterEach
    void stop() {
        supervisor.close();
        counters.close();
        printer.close();
        ippPrinter.close();
        reader.close();
        cardSimulator.close();
    }

    @Test
    void aJammedCertificatePrinterWithdrawsCertificatesUntilTheJamIsCleared() {
        ippPrinter.fail("media-jam-error");
        time.advance(Duration.ofMinutes(1));
        Offer jammed = awaitOffer(o -> !o.offers(OfferedService.PRINT_CERTIFICATE), "no certificates while jammed");

        assertThat(jammed.inService()).as("the rest of the kiosk still serves").isTrue();
        assertThat(jammed.limits()).anyMatch(l -> l.contains("MEDIA_JAM"));

        ippPrinter.recover();
        time.advance(Duration.ofMinutes(1));
        awaitOffer(o -> o.offers(OfferedService.PRINT_CERTIFICATE), "certificates again once cleared");
        assertThat(counters.get("certificate-printer.jams")).isEqualTo(1);
    }

    @Test
    void anUnreachableCertificatePrinterWithdrawsCertificates() {
        ippPrinter.close();
        time.advance(Duration.ofMinutes(1));

        awaitOffer(o -> !o.offers(OfferedService.PRINT_CERTIFICATE) && o.inService(), "no certificates while unreachable");
    }

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
