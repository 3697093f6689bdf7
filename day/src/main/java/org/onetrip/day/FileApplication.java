package org.onetrip.day;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onetrip.devices.receipt.sim.ReceiptPrinterSimulator;
import org.onetrip.devices.scanner.sim.SimulatedPage;

/**
 * Filing an application from the home screen to the thanks: the matter chosen by department, life
 * event or pinyin search; the form, answering what it asks again; each material scanned from the
 * simulated scanner (now and then after a jam), fetched as an electronic licence, handed in later
 * or replaced by a commitment where allowed; delivery at the hall or by post; review, submit, the
 * receipt, a rating or none; going back a step now and then.
 */
final class FileApplication implements Step {

    private static final List<String> SEARCHES = List.of("sbksl", "sfzbl", "jzzsl", "gljtsl", "dwcbdj", "sybxjsl",
            "zftq", "mfcldj", "mbxxsl", "yyzzbl");
    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9][A-Z0-9-]{5,39}");
    private static final int FORM_ROUNDS = 4;
    /** How long a missing material may have no way to settle it before the citizen gives up. */
    private static final Duration NO_WAY_YET = Duration.ofSeconds(3);
    /** How long the agreement to a licence, a later hand-in or a commitment may take to open. */
    private static final Duration AGREEMENT = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "file-application";
    }

    @Override
    public void take(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        t.toHome();
        screen.press("tile-file-application");
        if (!t.identified()) {
            t.toHome();
            return;
        }
        screen.await("the matter chooser after the card", () -> screen.shows("chooser"));
        if (!chooseMatter(t)) {
            t.toHome();
            return;
        }
        if (!form(t, "filing-form", "to-materials", "filing-materials")) {
            screen.press("filing-abandon");
            t.toHome();
            return;
        }
        if (t.random.nextInt(5) == 0) {
            screen.press("filing-back");
            screen.await("the form again", () -> screen.shows("filing-form"));
            screen.press("to-materials");
            screen.await("the materials again", () -> screen.shows("filing-materials"));
        }
        if (!materials(t)) {
            screen.press("filing-back");
            screen.press("filing-abandon");
            t.toHome();
            return;
        }
        screen.press("to-delivery");
        screen.await("the delivery step", () -> screen.shows("filing-delivery"));
        List<String> ways = screen.pressableIds("delivery-");
        if (!ways.isEmpty()) {
            screen.press(t.pick(ways));
        }
        if (!form(t, "filing-delivery", "to-review", "filing-review")) {
            screen.press("filing-back");
            t.toHome();
            return;
        }
        if (t.random.nextInt(6) == 0) {
            screen.press("filing-back");
            screen.await("the delivery step again", () -> screen.shows("filing-delivery"));
            screen.press("to-review");
            screen.await("the review again", () -> screen.shows("filing-review"));
        }
        // now and then the receipt printer runs out of paper in the middle of the receipt
        Optional<ReceiptPrinterSimulator> printer = t.kiosk.composition().receiptPrinterSimulator();
        boolean paperOut = printer.isPresent() && t.random.nextInt(5) == 0;
        if (paperOut) {
            printer.get().runOutOfPaperAfterLines(5);
        }
        screen.press("submit");
        receipt(t, paperOut ? printer : Optional.empty());
    }

    private boolean chooseMatter(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        for (int attempt = 0; attempt < 3; attempt++) {
            switch (t.random.nextInt(3)) {
                case 0 -> byGroup(t, "way-by-department");
                case 1 -> byGroup(t, "way-by-life-event");
                default -> search(t);
            }
            List<String> choices = screen.pressableIds("choice-");
            if (choices.isEmpty()) {
                continue;
            }
            screen.press(t.pick(choices));
            String page = screen.awaitAny("start-filing", "cannot-file-now", "back-to-list");
            if (page.equals("start-filing") && screen.canPress("start-filing")) {
                screen.press("start-filing");
                screen.await("the form", () -> screen.shows("filing-form") || screen.shows("filing-problem"));
                return screen.shows("filing-form");
            }
            screen.press("back-to-list");
        }
        return false;
    }

    private void byGroup(Turn t, String way) throws Stuck {
        LiveScreen screen = t.screen();
        screen.press(way);
        List<String> groups = screen.pressableIds("group-");
        if (!groups.isEmpty()) {
            screen.press(t.pick(groups));
        }
    }

    private void search(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        screen.press("way-search");
        String word = t.pick(SEARCHES);
        String typed = word.substring(0, 3 + t.random.nextInt(word.length() - 2));
        t.traces.rememberTyped(t.visit(), "search text", typed, typed);
        for (char letter : typed.toCharArray()) {
            screen.press("key-" + letter);
        }
    }

    /** Moves on from a step that asks questions, answering what it asks again; false if it never lets on. */
    private boolean form(Turn t, String step, String next, String following) throws Stuck {
        LiveScreen screen = t.screen();
        for (int round = 0; round < FORM_ROUNDS; round++) {
            screen.press(next);
            screen.settle();
            if (screen.shows(following)) {
                return true;
            }
            if (!screen.shows(step) && screen.awaitAny(following, step).equals(following)) {
                return true;
            }
            for (String problem : screen.shownIds("problem-")) {
                if (screen.text(problem).filter(text -> !text.isBlank()).isEmpty()) {
                    continue;
                }
                answer(t, problem.substring("problem-".length()));
            }
        }
        return false;
    }

    private void answer(Turn t, String code) throws Stuck {
        LiveScreen screen = t.screen();
        List<String> options = screen.pressableIds("option-" + code + "-");
        if (!options.isEmpty()) {
            screen.press(t.pick(options));
            return;
        }
        String value;
        if (code.contains("MOBILE") || code.contains("PHONE")) {
            value = FormAnswers.phone(t.random);
            t.traces.rememberTyped(t.visit(), "phone", value, FormAnswers.maskedPhone(value));
        } else if (code.contains("ADDRESS")) {
            value = FormAnswers.address(t.random);
            t.traces.rememberTyped(t.visit(), "address typed", value, "(an address)");
        } else {
            value = FormAnswers.plain(code);
        }
        screen.type("field-" + code, value);
    }

    /** Settles every material; false when one is missing and the kiosk offers no way to settle it now. */
    private boolean materials(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        screen.await("the materials", () -> screen.shows("filing-materials"));
        Set<String> tried = new HashSet<>();
        List<String> rounds = new ArrayList<>();
        for (int round = 0; round < 40 && !screen.canPress("to-delivery"); round++) {
            Optional<String> open = screen.pressableIds("agree-").stream().findFirst();
            if (open.isPresent()) {
                rounds.add(open.get());
                agree(screen, open.get().substring("agree-".length()));
                continue;
            }
            Optional<String> missing = missingMaterial(screen);
            if (missing.isEmpty()) {
                try {
                    screen.within(NO_WAY_YET).await("a way to settle the materials", () -> screen.canPress("to-delivery")
                            || missingMaterial(screen).isPresent());
                } catch (Stuck noWay) {
                    // a material is missing and cannot be scanned now (the scanner is down): the citizen goes back
                    return false;
                }
                continue;
            }
            rounds.add(missing.get() + ":" + screen.text("status-" + missing.get()).orElse("?"));
            if (!settle(t, missing.get(), tried, rounds)) {
                // only ways already refused are left for this material now (the licence not held, the scanner down)
                return false;
            }
        }
        if (!screen.canPress("to-delivery")) {
            throw screen.stuck("every material to be settled so that #to-delivery opens, after "
                    + String.join(", ", rounds.subList(Math.max(0, rounds.size() - 8), rounds.size())));
        }
        return true;
    }

    private static Optional<String> missingMaterial(LiveScreen screen) throws Stuck {
        for (String card : screen.shownIds("material-")) {
            String code = card.substring("material-".length());
            Optional<String> status = screen.text("status-" + code);
            if (status.isPresent() && !status.get().startsWith("✓") && hasAction(screen, code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static boolean hasAction(LiveScreen screen, String code) throws Stuck {
        for (String action : List.of("scan-", "licence-", "later-", "commit-")) {
            if (screen.canPress(action + code)) {
                return true;
            }
        }
        return false;
    }

    /** Settles one material a way the screen offers and that was not refused before; false if none is left. */
    private boolean settle(Turn t, String code, Set<String> tried, List<String> rounds) throws Stuck {
        LiveScreen screen = t.screen();
        List<String> actions = new ArrayList<>();
        for (String action : List.of("scan-", "licence-", "later-", "commit-")) {
            // a licence the backend did not have, or a scan that stopped, is not asked for twice in a row
            if (screen.canPress(action + code) && !tried.contains(action + code)) {
                actions.add(action);
            }
        }
        if (actions.isEmpty()) {
            return false;
        }
        String action = t.pick(actions);
        tried.add(action + code);
        rounds.add(action);
        if (action.equals("scan-")) {
            boolean jam = t.random.nextInt(8) == 0;
            if (jam) {
                t.kiosk.scanner().jamAtNextPage();
                rounds.add("(jams)");
            }
            List<SimulatedPage> sheets = t.random.nextBoolean() ? List.of(SimulatedPage.DOCUMENT)
                    : List.of(SimulatedPage.DOCUMENT, SimulatedPage.DOCUMENT);
            t.kiosk.scanner().loadFeeder(sheets);
            screen.press("scan-" + code);
            // the scan has begun once the scanner gave a sheet (or jammed on it): only then can the screen
            // tell its end, since a notice of an earlier scan may still be showing
            screen.await("the scan of " + code + " to end", () -> scannerTookIt(t, sheets.size(), jam)
                    && !screen.shows("stop-scan")
                    && (screen.text("status-" + code).filter(status -> status.startsWith("✓")).isPresent()
                            || screen.shows("materials-notice") || screen.canPress("scan-" + code)));
            if (jam) {
                t.kiosk.scanner().clear();
            }
            t.kiosk.scanner().emptyFeeder();
            if (!settled(screen, code)) {
                tried.remove("scan-" + code);
            }
            return true;
        }
        screen.press(action + code);
        // the agreement opens under the material; a redraw may have settled it already
        screen.within(AGREEMENT).await("the agreement for " + code, () -> screen.canPress("agree-" + code)
                || settled(screen, code));
        agree(screen, code);
        return true;
    }

    /**
     * Signs the agreement open under a material and waits until the kiosk took it: the button has gone
     * (a notice left by an earlier scan tells nothing about this agreement).
     */
    private static void agree(LiveScreen screen, String code) throws Stuck {
        if (screen.pressIfThere("agree-" + code)) {
            screen.await("the agreement for " + code + " to be taken", () -> !screen.canPress("agree-" + code));
        }
        awaitSettled(screen, code);
    }

    private static boolean scannerTookIt(Turn t, int loaded, boolean jam) {
        return jam ? !t.kiosk.scanner().state().contains("jams at next page")
                : t.kiosk.scanner().sheetsInFeeder() < loaded;
    }

    private static boolean settled(LiveScreen screen, String code) throws Stuck {
        return screen.text("status-" + code).filter(status -> status.startsWith("✓")).isPresent();
    }

    private static void awaitSettled(LiveScreen screen, String code) throws Stuck {
        screen.await("the material " + code + " to settle", () -> !screen.shows("stop-scan")
                && (settled(screen, code) || screen.shows("materials-notice") || hasAction(screen, code)));
    }

    /** @param outOfPaper the printer, when its paper was made to run out in this receipt */
    private void receipt(Turn t, Optional<ReceiptPrinterSimulator> outOfPaper) throws Stuck {
        LiveScreen screen = t.screen();
        String outcome = screen.awaitAny("receipt-printed", "receipt-problem", "filing-problem");
        // a technician refills the paper; the citizen may then print the receipt again
        outOfPaper.ifPresent(ReceiptPrinterSimulator::loadPaper);
        if (outcome.equals("filing-problem")) {
            screen.press(t.firstPressable("filing-finish"));
            return;
        }
        if (outOfPaper.isPresent() && !outcome.equals("receipt-problem")) {
            t.broken("the paper ran out mid-receipt and the screen says the receipt printed");
        }
        Optional<String> tracking = screen.text("tracking-number").flatMap(FileApplication::trackingNumber);
        if (tracking.isEmpty()) {
            t.broken("the receipt step shows no tracking number");
        }
        if (outcome.equals("receipt-problem") && screen.canPress("print-again")
                && (outOfPaper.isPresent() || t.random.nextBoolean())) {
            screen.press("print-again");
            outcome = screen.awaitAny("receipt-printed", "receipt-problem");
        }
        String told = outcome;
        tracking.ifPresent(number -> {
            t.witness.told(number, t.cardOnReader().orElse(t.citizen()), t.session, told.equals("receipt-printed"));
            t.traces.rememberFiling(t.citizen(), number);
        });
        if (t.random.nextInt(3) > 0) {
            screen.press("score-" + (1 + t.random.nextInt(5)));
            List<String> reasons = screen.pressableIds("reason-");
            if (!reasons.isEmpty() && t.random.nextBoolean()) {
                screen.press(t.pick(reasons));
            }
            screen.press("send-rating");
        } else {
            screen.press("skip-rating");
        }
        screen.await("the thanks after the receipt", () -> screen.shows("filing-thanks"));
        screen.press("filing-finish");
    }

    static Optional<String> trackingNumber(String said) {
        Matcher found = TRACKING.matcher(said);
        String last = null;
        while (found.find()) {
            if (found.group().chars().anyMatch(Character::isDigit)) {
                last = found.group();
            }
        }
        return Optional.ofNullable(last);
    }
}
