package org.onetrip.day;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.onetrip.devices.scanner.sim.SimulatedPage;
import org.onetrip.kiosk.shell.Screen;

/**
 * Every citizen and technician screen of the demo kiosk, drawn as PNGs with an index page: the
 * kiosk composed as {@code ./onetrip day} composes it (headless screen, simulators, reference
 * backend on loopback) and driven to each screen by its own buttons, a card on the simulated
 * reader and the technicians' corner gesture, in each size, language and look asked for.
 */
public final class ScreenGallery {

    /** A screen size the window is laid out at. */
    public enum Size {
        PORTRAIT(1080, 1920), LANDSCAPE(1920, 1080);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        String label() {
            return width + "x" + height;
        }
    }

    /** The language buttons of the accessibility bar. */
    public enum Language {
        ZH("zh-CN", "language-zh"), EN("en", "language-en");

        final String label;
        final String button;

        Language(String label, String button) {
            this.label = label;
            this.button = button;
        }

        public String label() {
            return label;
        }
    }

    /** The standard look, or the elder-friendly one. */
    public enum Look {
        STANDARD, ELDER;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One drawn screen: its file under the output directory and what it shows. */
    public record Shot(String file, Size size, Language language, Look look, String screen) {
    }

    private static final String CITIZEN = "li-xiuying";
    /** A card holder who has filed nothing at this kiosk: the empty progress list. */
    private static final String NEWCOMER = "zhang-wei";
    private static final String DEMO_PIN = "246810";

    private final Path config;
    private final Path out;
    private final Duration bound;
    private final Consumer<Shot> onShot;
    private final List<Shot> shots = new ArrayList<>();

    /**
     * @param config the configuration directory of the demo kiosk (conf)
     * @param out where the PNGs and index.html go
     * @param bound the longest any one wait on the screen may last
     * @param onShot told of each PNG once written
     */
    public ScreenGallery(Path config, Path out, Duration bound, Consumer<Shot> onShot) {
        this.config = config;
        this.out = out;
        this.bound = bound;
        this.onShot = onShot;
    }

    /**
     * Draws every screen in every combination asked for, then writes index.html.
     *
     * @return the screens drawn, in order
     * @throws Stuck when the kiosk did not reach a screen within the bound
     */
    public List<Shot> render(List<Size> sizes, List<Language> languages, List<Look> looks) throws Stuck, IOException {
        // wide and tall enough for both layouts; a property set before (the tests') stands
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("onetrip-screens");
        try (DayKiosk kiosk = new DayKiosk(config, work.resolve("kiosk"), BackendMode.ONLINE, bound)) {
            for (Size size : sizes) {
                kiosk.resize(size.width, size.height);
                for (Language language : languages) {
                    for (Look look : looks) {
                        new Walk(kiosk, size, language, look).all();
                    }
                }
            }
        } finally {
            delete(work);
        }
        writeIndex();
        return List.copyOf(shots);
    }

    /** One pass through every screen in one size, language and look. */
    private final class Walk {
        private final DayKiosk kiosk;
        private final LiveScreen screen;
        private final Size size;
        private final Language language;
        private final Look look;

        Walk(DayKiosk kiosk, Size size, Language language, Look look) {
            this.kiosk = kiosk;
            this.screen = kiosk.screen();
            this.size = size;
            this.language = language;
            this.look = look;
        }

        void all() throws Stuck, IOException {
            toHome();
            if (!screen.shows("home")) {
                screen.await("the home screen", () -> screen.shows("home"));
            }
            shoot("home");
            filing();
            expiredCard();
            certificates();
            progress(CITIZEN, "progress-list");
            progress(NEWCOMER, "progress-empty");
            maintenance();
            shoot("attract");
        }

        private void filing() throws Stuck, IOException {
            toHome();
            screen.press("tile-file-application");
            screen.await("the ID card prompt", () -> screen.shows("first-step"));
            shoot("id-card-prompt");
            kiosk.cardReader().placeCard(CITIZEN);
            screen.await("the matter chooser", () -> screen.shows("chooser"));
            shoot("chooser");
            screen.press("group-MZJ");
            shoot("chooser-department");
            screen.press("choice-MZJ-GLJTSL");
            screen.await("the matter page", () -> screen.shows("start-filing"));
            shoot("matter-page");
            screen.press("start-filing");
            screen.await("the form", () -> screen.shows("filing-form"));
            shoot("form");
            screen.press("to-materials");
            shoot("form-missing-answer");
            screen.type("field-MOBILE", "13812345678");
            screen.press("to-materials");
            screen.await("the materials", () -> screen.shows("filing-materials"));
            shoot("materials");
            screen.press("licence-ID_CARD");
            screen.await("the licence consent", () -> screen.shows("agreement-ID_CARD"));
            shoot("licence-consent");
            screen.press("agree-ID_CARD");
            screen.press("licence-HOUSEHOLD_BOOKLET");
            screen.press("agree-HOUSEHOLD_BOOKLET");
            kiosk.scanner().loadFeeder(List.of(SimulatedPage.DOCUMENT));
            screen.press("scan-AGED_BANK_PASSBOOK");
            screen.await("every material settled", () -> screen.canPress("to-delivery"));
            shoot("materials-settled");
            screen.press("to-delivery");
            screen.await("the delivery step", () -> screen.shows("filing-delivery"));
            shoot("delivery");
            screen.press("to-review");
            screen.await("the review", () -> screen.shows("filing-review"));
            shoot("review");
            screen.press("submit");
            screen.await("the tracking number", () -> screen.shows("tracking-number"));
            shoot("receipt");
            screen.press("score-5");
            shoot("rating");
            screen.press("send-rating");
            screen.await("the thanks", () -> screen.shows("filing-thanks"));
            shoot("thanks");
            screen.press("filing-finish");
            endVisit();
        }

        private void expiredCard() throws Stuck, IOException {
            toHome();
            screen.press("tile-file-application");
            screen.await("the ID card prompt", () -> screen.shows("first-step"));
            kiosk.cardReader().placeCard(Citizens.EXPIRED);
            screen.awaitModel("the expired card to be read", () -> kiosk.models().identification().get()
                    instanceof org.onetrip.kiosk.identity.IdentificationState.CardExpired);
            shoot("id-card-expired");
            endVisit();
        }

        private void certificates() throws Stuck, IOException {
            toHome();
            screen.press("tile-print-certificate");
            kiosk.cardReader().placeCard(CITIZEN);
            screen.await("the certificate offers",
                    () -> !screen.pressableIds("offer-").isEmpty() || screen.shows("certificate-problem"));
            shoot("certificate-list");
            List<String> offers = screen.pressableIds("offer-");
            if (!offers.isEmpty()) {
                screen.press(offers.get(0));
                screen.awaitAny("certificate-confirm", "certificate-problem");
                shoot("certificate-preview");
                if (screen.canPress("certificate-confirm")) {
                    screen.press("certificate-confirm");
                    screen.awaitAny("certificate-done", "certificate-problem");
                    shoot("certificate-printed");
                }
            }
            endVisit();
        }

        private void progress(String citizen, String name) throws Stuck, IOException {
            toHome();
            screen.press("tile-check-progress");
            kiosk.cardReader().placeCard(citizen);
            screen.await("the progress list", () -> screen.text("progress-heading")
                    .filter(text -> !text.isBlank()).isPresent() || screen.shows("progress-notice"));
            shoot(name);
            endVisit();
        }

        private void maintenance() throws Stuck, IOException {
            toHome();
            for (int tap = 0; tap < 5; tap++) {
                screen.tapAt(30, 30);
            }
            screen.await("the PIN pad", () -> screen.shows("pin-overlay"));
            shoot("maintenance-pin");
            for (char digit : DEMO_PIN.toCharArray()) {
                screen.press("pin-" + digit);
            }
            screen.press("pin-ok");
            screen.await("the maintenance console with what it read", () -> screen.shows("maintenance-journal"));
            shoot("maintenance-console");
            screen.press("maintenance-leave");
            screen.await("the kiosk back in service", () -> !screen.shows("maintenance"));
        }

        /**
         * The citizen ends the session, then takes the card: the next citizen starts afresh, and no
         * card-away grace of this one runs into the next.
         */
        private void endVisit() throws Stuck {
            if (kiosk.composition().shell().screen().get() != Screen.ATTRACT) {
                goHome();
                screen.press("finish");
                screen.awaitModel("the session to end", () -> kiosk.composition().shell().screen().get() == Screen.ATTRACT);
            }
            kiosk.cardReader().removeCard();
            screen.settle();
        }

        /** Home, by the kiosk's own ways back, in this walk's language and look. */
        private void toHome() throws Stuck {
            goHome();
            screen.press(language.button);
            if (screen.selected("elder-mode") != (look == Look.ELDER)) {
                screen.press("elder-mode");
            }
        }

        private void goHome() throws Stuck {
            for (int tries = 0; tries < 12 && kiosk.composition().shell().screen().get() != Screen.HOME; tries++) {
                if (kiosk.composition().shell().screen().get() == Screen.ATTRACT) {
                    screen.tap("attract-invite");
                } else {
                    for (String way : List.of("back", "certificate-back", "back-to-list", "filing-back", "filing-abandon",
                            "skip-rating", "filing-finish")) {
                        if (screen.pressIfThere(way)) {
                            break;
                        }
                    }
                }
            }
            screen.awaitModel("the home screen", () -> kiosk.composition().shell().screen().get() == Screen.HOME);
        }

        private void shoot(String name) throws Stuck, IOException {
            String file = size.label() + "-" + language.label + "-" + look.label() + "-" + name + ".png";
            BufferedImage picture = screen.picture();
            ImageIO.write(picture, "png", out.resolve(file).toFile());
            Shot shot = new Shot(file, size, language, look, name);
            shots.add(shot);
            onShot.accept(shot);
        }
    }

    private void writeIndex() throws IOException {
        StringBuilder page = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>OneTrip kiosk screens</title><style>body{font-family:sans-serif}"
                + "figure{display:inline-block;margin:8px;vertical-align:top}img{max-width:270px;max-height:480px;"
                + "border:1px solid #999}</style></head><body>\n<h1>OneTrip kiosk screens</h1>\n");
        String group = "";
        for (Shot shot : shots) {
            String now = shot.size().label() + " · " + shot.language().label + " · " + shot.look().label();
            if (!now.equals(group)) {
                page.append("<h2>").append(now).append("</h2>\n");
                group = now;
            }
            page.append("<figure><a href=\"").append(shot.file()).append("\"><img src=\"").append(shot.file())
                    .append("\" alt=\"").append(shot.screen()).append("\"></a><figcaption>").append(shot.screen())
                    .append("</figcaption></figure>\n");
        }
        page.append("</body></html>\n");
        Files.writeString(out.resolve("index.html"), page, StandardCharsets.UTF_8);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory the system cleans up in time
        }
    }
}
