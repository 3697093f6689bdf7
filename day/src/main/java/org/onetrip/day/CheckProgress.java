package org.onetrip.day;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * "Check my progress": the list after the card, and every tracking number this kiosk told the card
 * holder (on screen and on the receipt) is in it, the same string.
 */
final class CheckProgress implements Step {

    /** Filings are listed from the outbox and the backend; a list short of one after this is wrong. */
    private static final Duration LIST_SETTLES = Duration.ofSeconds(3);

    @Override
    public String name() {
        return "check-progress";
    }

    @Override
    public void take(Turn t) throws Stuck {
        LiveScreen screen = t.screen();
        t.toHome();
        screen.press("tile-check-progress");
        if (!t.identified()) {
            t.toHome();
            return;
        }
        screen.await("the progress list after the card", () -> screen.text("progress-heading")
                .filter(text -> !text.isBlank()).isPresent() || screen.shows("progress-notice"));
        List<String> expected = t.witness.filings().entrySet().stream()
                .filter(filing -> filing.getValue().card().equals(t.citizen()))
                .map(Map.Entry::getKey).toList();
        if (!expected.isEmpty() && screen.shows("progress-heading")) {
            LiveScreen quick = screen.within(LIST_SETTLES);
            try {
                quick.await("the list", () -> missing(t, expected).isEmpty());
            } catch (Stuck notListed) {
                for (String number : missing(t, expected)) {
                    t.broken("the progress list does not show tracking number " + number
                            + " that the screen and receipt gave this card holder");
                }
            }
        }
        if (t.random.nextBoolean()) {
            screen.press("back");
        }
    }

    private static List<String> missing(Turn t, List<String> expected) throws Stuck {
        SceneSnapshot scene = t.screen().snapshot();
        List<String> shown = scene.shownTexts().toList();
        return expected.stream().filter(number -> shown.stream().noneMatch(text -> text.contains(number))).toList();
    }
}
