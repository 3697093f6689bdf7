package org.onetrip.day;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.Screen;

/**
 * The screen shows only the current journey's controls: no shown node of another journey's panel
 * (by node id), and none of any journey's outside a journey.
 */
final class OnlyCurrentJourney implements ScreenInvariant {

    private static final Map<Journey, List<String>> FAMILIES = new EnumMap<>(Map.of(
            Journey.FILE_APPLICATION, List.of("chooser", "matter-page", "start-filing", "cannot-file-now", "filing",
                    "filing-form", "filing-materials", "filing-delivery", "filing-review", "filing-receipt",
                    "filing-problem", "filing-thanks", "filing-step-title", "filing-instruction", "filing-back",
                    "filing-abandon", "filing-finish", "to-materials", "to-delivery", "to-review", "submit", "tracking-number", "receipt-",
                    "rating", "score-", "send-rating", "skip-rating", "search-query", "back-to-list", "way-",
                    "group-", "choice-", "material-", "scan-", "licence-", "later-", "commit-", "agree-", "status-",
                    "delivery-", "option-", "problem-", "field-"),
            Journey.PRINT_CERTIFICATE, List.of("certificates", "certificate-", "offer-"),
            Journey.CHECK_PROGRESS, List.of("progress", "progress-", "filing-number"),
            Journey.PAY, List.of("payment", "payment-")));

    @Override
    public void check(SceneSnapshot scene, Moment now, Consumer<String> broken) {
        Optional<Journey> current = now.screen() == Screen.JOURNEY ? now.journey() : Optional.empty();
        for (Journey other : Journey.values()) {
            if (current.equals(Optional.of(other))) {
                continue;
            }
            TreeSet<String> strays = new TreeSet<>();
            scene.shownNodes().flatMap(node -> node.id().stream()).filter(id -> belongs(id, other)).forEach(strays::add);
            if (!strays.isEmpty()) {
                broken.accept(other.name() + " controls shown on " + where(now, current) + ": "
                        + String.join(", ", strays.stream().limit(6).map(id -> "#" + id).toList())
                        + (strays.size() > 6 ? " and " + (strays.size() - 6) + " more" : ""));
            }
        }
    }

    private static String where(Moment now, Optional<Journey> current) {
        return current.map(journey -> "the " + journey.name() + " journey").orElse("the " + now.screen().name() + " screen");
    }

    static boolean belongs(String id, Journey journey) {
        for (String family : FAMILIES.get(journey)) {
            if (family.endsWith("-") ? id.startsWith(family) : id.equals(family)) {
                return true;
            }
        }
        return false;
    }
}
