package org.onetrip.day;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.KioskSettings;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.printer.JobState;
import org.onetrip.devices.printer.sim.PrinterCondition;
import org.onetrip.devices.printer.sim.IppPrinterSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.onetrip.kiosk.time.ManualTime;
import org.onetrip.kiosk.time.SessionTime;
import org.onetrip.ui.KioskComposition;
import org.onetrip.ui.KioskModels;
import org.onetrip.ui.KioskWindow;
import org.onetrip.ui.ShellSettings;

/**
 * The demo kiosk as {@code ./onetrip demo} composes it (the shipped configuration, every device a
 * simulator over its real protocol) with the reference backend in-process on a free loopback port
 * over mutual TLS, the kiosk enrolled there with a one-time code as a technician would enrol it,
 * its window on the headless screen, and its session time-outs on a manual clock the day advances.
 * It can be killed and composed again over the same data directory (and key directory beside it).
 */
final class DayKiosk implements AutoCloseable {

    /** A certificate takes this long on the simulated printer: quick, yet long enough to jam mid-print. */
    private static final Duration PRINT_TIME = Duration.ofMillis(150);

    private final Configuration configuration;
    private final Path configDirectory;
    private final Path dataDirectory;
    private final ReferenceBackend backend;
    private final ManualTime sessionTime;
    private final Duration bound;
    private final AtomicBoolean jamNextCertificate =
            new AtomicBoolean();
    private DayPayments payments;
    private KioskComposition composition;
    private KioskModels models;
    private Stage stage;
    private LiveScreen screen;

    /**
     * Starts the backend and composes the kiosk. Blocks until the window shows.
     *
     * @param bound the longest any one wait on the screen may last
     */
    DayKiosk(Path configDirectory, Path dataDirectory, BackendMode mode, Duration bound) throws Stuck {
        this.configDirectory = configDirectory;
        this.dataDirectory = dataDirectory;
        this.bound = bound;
        HeadlessScreen.start();
        this.backend = new ReferenceBackend();
        // the approval system's own data, beside the kiosk's and never in it
        backend.start(0, backendDirectoryOf(dataDirectory));
        Configuration shipped = new ConfigurationLoader().load(configDirectory);
        KioskSettings k = shipped.kiosk();
        // the kiosk pins the key of the backend it talks to, as an operator would write it in kiosk.yaml
        BackendSettings pinned = BackendSettings.trusting(backend.baseUri(), backend.authorityCertificateFile())
                .withSealingKeys(List.of(backend.sealingKeys().current().kid()));
        this.configuration = new Configuration(new KioskSettings(k.identity(), k.locales(), k.timeouts(), dataDirectory,
                k.devices(), pinned, k.maintenance(), k.certificateLimits(), k.health(), k.voice()), shipped.catalog());
        // enrolled before the day begins, whatever the backend does during it
        KioskEnrolment.enrolUnlessRecognised(configuration.kiosk(), dataDirectory,
                () -> backend.issueEnrolmentCode(k.identity().id()).code(), backend::recognises);
        this.sessionTime = new ManualTime(Instant.now(), ZoneId.systemDefault());
        compose();
        if (mode == BackendMode.OFFLINE) {
            // the kiosk met its backend once (it holds the sealing key); then the network goes
            screen.await("the kiosk to hold the backend's sealing key",
                    () -> composition.submissions().sealingKeys().current().isPresent());
            backend.goDown();
        }
    }

    /** Where the day's reference backend keeps its data: beside the kiosk's data directory. */
    static Path backendDirectoryOf(Path dataDirectory) {
        return KioskSettings.besideDataDirectory(dataDirectory, "backend");
    }

    private void compose() throws Stuck {
        composition = new KioskComposition(configuration, configDirectory, dataDirectory, false,
                Clock.systemDefaultZone(), new SessionTime(sessionTime.clock(), sessionTime));
        // taken once: each call builds idle models that follow the shell for as long as it lives
        models = composition.models();
        composition.certificatePrinterSimulator().ifPresent(printer -> {
            printer.printTime(PRINT_TIME);
            printer.addJobListener(job -> {
                if (job.state() == JobState.PROCESSING && jamNextCertificate.compareAndSet(true, false)) {
                    // the listener runs under the simulator's lock: jam from outside it
                    CompletableFuture.runAsync(
                            () -> printer.set(PrinterCondition.MEDIA_JAM));
                }
            });
        });
        KioskSettings kiosk = configuration.kiosk();
        ShellSettings settings = new ShellSettings(false, kiosk.identity().hallName().zh(),
                kiosk.identity().hallName().en(), kiosk.locales().defaultLocale(), kiosk.timeouts().inactivity(),
                kiosk.timeouts().warning());
        LiveScreen bootstrap = new LiveScreen(new Scene(new Group()), bound);
        stage = bootstrap.onFx("open the kiosk's window", () -> {
            Stage opened = new Stage();
            new KioskWindow(models, settings, Clock.systemDefaultZone()).show(opened);
            return opened;
        });
        screen = new LiveScreen(stage.getScene(), bound);
    }

    /** Lays the kiosk's window out at this size, as on a screen of that size. */
    void resize(double width, double height) throws Stuck {
        Stage window = stage;
        screen.onFx("lay the window out at " + (int) width + "x" + (int) height, () -> {
            window.setWidth(width);
            window.setHeight(height);
            return null;
        });
        screen.settle();
    }

    /** Kills the kiosk mid-whatever, as a power cut would, and composes it again over the same data. */
    void restart() throws Stuck {
        closeComposition();
        compose();
    }

    private void closeComposition() {
        if (composition == null) {
            return;
        }
        Stage closing = stage;
        try {
            screen.onFx("close the kiosk's window", () -> {
                closing.hide();
                return null;
            });
        } catch (Stuck ignored) {
            // the composition is closed below all the same
        }
        composition.close();
        composition = null;
        models = null;
    }

    KioskComposition composition() {
        return Objects.requireNonNull(composition, "the kiosk is closed");
    }

    LiveScreen screen() {
        return screen;
    }

    /** What the window of this composition binds to. */
    KioskModels models() {
        return Objects.requireNonNull(models, "the kiosk is closed");
    }

    ReferenceBackend backend() {
        return backend;
    }

    /** The kiosk's payments, made at the first payment of the day. */
    synchronized DayPayments payments() {
        if (payments == null) {
            payments = new DayPayments(configuration.kiosk(), dataDirectory, backend);
        }
        return payments;
    }

    /** Drives the session time-outs, the card-away grace and the take-your-card reminder only. */
    ManualTime sessionTime() {
        return sessionTime;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    SamReaderSimulator cardReader() {
        return composition().idCardSimulator().orElseThrow(() -> new IllegalStateException("the demo kiosk has no simulated card reader"));
    }

    EsclScannerSimulator scanner() {
        return composition().scannerSimulator().orElseThrow(() -> new IllegalStateException("the demo kiosk has no simulated scanner"));
    }

    IppPrinterSimulator certificatePrinter() {
        return composition().certificatePrinterSimulator()
                .orElseThrow(() -> new IllegalStateException("the demo kiosk has no simulated certificate printer"));
    }

    /** The next certificate jams in the simulated printer once it starts printing. */
    void jamNextCertificate() {
        jamNextCertificate.set(true);
    }

    /** Clears a jam, as staff would, and forgets one not yet sprung. */
    void clearCertificateJam() {
        jamNextCertificate.set(false);
        certificatePrinter().clear(PrinterCondition.MEDIA_JAM);
    }

    /** Closes the kiosk and the backend. */
    @Override
    public void close() {
        closeComposition();
        synchronized (this) {
            if (payments != null) {
                payments.close();
                payments = null;
            }
        }
        backend.close();
    }
}
