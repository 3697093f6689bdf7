package org.onetrip.bench.screens;

import static org.onetrip.bench.screens.Milestone.afterWork;
import static org.onetrip.bench.screens.Milestone.screen;
import static org.onetrip.bench.screens.OnScreen.shown;
import static org.onetrip.bench.screens.OnScreen.spinnerIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.onetrip.backend.ReferenceBackend;
import org.onetrip.config.BackendSettings;
import org.onetrip.config.Configuration;
import org.onetrip.config.ConfigurationLoader;
import org.onetrip.config.KioskSettings;
import org.onetrip.kiosk.backend.KioskEnrolment;
import org.onetrip.devices.idcard.sim.SamReaderSimulator;
import org.onetrip.devices.scanner.sim.EsclScannerSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.launcher.logging.LogSetup;
import org.onetrip.ui.KioskComposition;

/**
 * Touch to next screen drawn, for each screen of filing an application, on the composed demo kiosk:
 * the shipped configuration with its simulated devices, a reference backend on loopback, the window
 * on Monocle's headless glass. An elderly citizen (li-xiuying) files the minimum-living-allowance
 * application: two materials by electronic licence, one scanned page, collection in person. Run by
 * {@link JourneyScreenFigures} in a JVM of its own; prints one result line per measured milestone
 * and walk.
 *
 * <p>Arguments: {@code CONF_DIR WARM_UP_WALKS WALKS}.
 */
public final class JourneyScreensBenchmark {

    private static final String CITIZEN = "li-xiuying";

    private final KioskComposition kiosk;
    private final SceneWatch watch;
    private boolean recording;

    private JourneyScreensBenchmark(KioskComposition kiosk, Scene scene) {
        this.kiosk = kiosk;
        this.watch = new SceneWatch(scene);
    }

    public static void main(String[] args) throws Exception {
        Path conf = Path.of(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        int walks = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("onetrip-journey-bench");
        try {
            run(conf, work, warmUp, walks);
        } finally {
            delete(work);
        }
        // the figures are out: do not wait on any thread the kiosk leaves behind
        System.exit(0);
    }

    private static void run(Path conf, Path work, int warmUp, int walks) throws Exception {
        Path data = work.resolve("kiosk");
        Files.createDirectories(data);
        LogSetup.toDataDirectory(data);
        try (ReferenceBackend backend = new ReferenceBackend()) {
            backend.start(0, work.resolve("backend"));
            Configuration shipped = new ConfigurationLoader().load(conf);
            KioskSettings k = shipped.kiosk();
            Configuration configuration = new Configuration(new KioskSettings(k.identity(), k.locales(), k.timeouts(),
                    data, k.devices(), BackendSettings.trusting(backend.baseUri(), backend.authorityCertificateFile())
                            .withSealingKeys(java.util.List.of(backend.sealingKeys().current().kid())),
                    k.maintenance(), k.certificateLimits(), k.health(), k.voice()), shipped.catalog());
            // enrolled as the demo enrols it: the screens are timed over the kiosk's mutual TLS
            KioskEnrolment.enrolUnlessRecognised(configuration.kiosk(), data,
                    () -> backend.issueEnrolmentCode(k.identity().id()).code(), backend::recognises);
            CompletableFuture<Scene> window = FirstWindow.watch();
            try (KioskComposition kiosk = new KioskComposition(configuration, conf, data, false, Clock.systemDefaultZone())) {
                kiosk.open();
                Scene scene = window.get(1, TimeUnit.MINUTES);
                JourneyScreensBenchmark benchmark = new JourneyScreensBenchmark(kiosk, scene);
                benchmark.watch.await(screen("attract", shown("#attract")));
                for (int walk = 0; walk < warmUp + walks; walk++) {
                    benchmark.recording = walk >= warmUp;
                    benchmark.walk();
                }
            }
        }
    }

    private void walk() throws InterruptedException, TimeoutException {
        SamReaderSimulator reader = kiosk.idCardSimulator().orElseThrow();
        EsclScannerSimulator scanner = kiosk.scannerSimulator().orElseThrow();

        tap("#attract-invite", screen("attract → home", shown("#tile-file-application")));
        tap("#tile-file-application", screen("home → place your card", shown("#first-step")));
        List<Milestone> identified = List.of(afterWork("card placed → chooser", shown("#chooser"),
                "the card read from the reader simulator at 115200 baud"));
        record(identified, watch.time(() -> reader.placeCard(CITIZEN), identified));
        reader.removeCard();
        tap("#group-MZJ", screen("chooser: department → its matters", shown("#choice-MZJ-GLJTSL")));
        tap("#choice-MZJ-GLJTSL", screen("matter → matter page", shown("#start-filing")));
        tap("#start-filing",
                screen("start filing → spinner, or the form if ready", spinnerIn("#filing").or(shown("#filing-form"))),
                afterWork("start filing → form", shown("#filing-form"), "the form prepared on a worker"));

        watch.onFx(() -> {
            ((TextField) OnScreen.find(watch.scene(), "#field-MOBILE").orElseThrow()).setText("13812345678");
            return null;
        });
        tap("#to-materials", screen("form → materials", shown("#filing-materials")));
        tap("#licence-ID_CARD", screen("use licence → consent", shown("#agreement-ID_CARD")));
        tap("#agree-ID_CARD",
                screen("agree → fetching", spinnerIn("#material-ID_CARD").or(fetched("ID_CARD"))),
                afterWork("agree → licence fetched", fetched("ID_CARD"), "the licence fetched from the backend"));
        watch.tapUntil("#licence-HOUSEHOLD_BOOKLET", screen("consent", shown("#agreement-HOUSEHOLD_BOOKLET")));
        watch.tapUntil("#agree-HOUSEHOLD_BOOKLET", afterWork("fetched", fetched("HOUSEHOLD_BOOKLET"), "the backend"));

        scanner.loadFeeder(List.of(SimulatedPage.DOCUMENT));
        tap("#scan-AGED_BANK_PASSBOOK",
                screen("scan → scanning", spinnerIn("#material-AGED_BANK_PASSBOOK")),
                afterWork("scan → page shown, way on open",
                        shown("#material-AGED_BANK_PASSBOOK", node -> node.getStyleClass().contains("state-scanned"))
                                .and(shown("#to-delivery", node -> !node.isDisabled())),
                        "one A4 page at 300 dpi in colour from the eSCL simulator, checked and thumbnailed"));
        tap("#to-delivery", screen("materials → delivery", shown("#filing-delivery")));
        tap("#to-review", screen("delivery → review", shown("#filing-review")));
        tap("#submit",
                screen("submit → submitting spinner", spinnerIn("#filing").or(shown("#filing-receipt"))),
                afterWork("submit → filed, tracking number", shown("#tracking-number"),
                        "the filing committed to the outbox on disk"),
                afterWork("submit → receipt printed", shown("#receipt-printed"),
                        "the commit, then the receipt printed on the ESC/POS simulator at 115200 baud"));
        tap("#score-5", screen("rating: 5 stars lit", shown("#score-5", node -> ((ToggleButton) node).isSelected())));
        tap("#send-rating", screen("send rating → thanks", shown("#filing-thanks")));
        tap("#filing-finish", screen("finish → attract", shown("#attract")));
    }

    /** The licence is in, and the step is idle again: its way back out of the licence is offered. */
    private static Predicate<Scene> fetched(String material) {
        return shown("#material-" + material, node -> node.getStyleClass().contains("state-fetched"))
                .and(shown("#withdraw-" + material));
    }

    private void tap(String selector, Milestone... milestones) throws InterruptedException, TimeoutException {
        List<Milestone> all = List.of(milestones);
        record(all, watch.tap(selector, all));
    }

    private void record(List<Milestone> milestones, List<Duration> times) {
        if (!recording) {
            return;
        }
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            System.out.println(String.join("\t", HeadlessFxJvm.RESULT, milestone.label(),
                    milestone.waitsOn(),
                    String.format(Locale.ROOT, "%.3f", times.get(i).toNanos() / 1e6)));
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
