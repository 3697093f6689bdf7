package org.onetrip.ui;

import java.util.Locale;
import org.onetrip.kiosk.maintenance.ChainVerdict;
import org.onetrip.kiosk.shell.Journey;
import org.onetrip.kiosk.shell.OutOfServiceReason;

/** Where the words for the model's enums live in the bundles. */
final class MessageKeys {

    private MessageKeys() {
    }

    static String title(Journey journey) {
        return "journey." + journey.name() + ".title";
    }

    static String description(Journey journey) {
        return "journey." + journey.name() + ".description";
    }

    static String firstStep(Journey journey) {
        return "journey." + journey.name() + ".firstStep";
    }

    static String reason(OutOfServiceReason reason) {
        return "outOfService.reason." + reason.name();
    }

    /** How a broken audit journal breaks, in words for the technician. */
    static String problem(ChainVerdict.Problem problem) {
        return "maintenance.journal.problem." + problem.name();
    }

    /** The node id of a journey's tile, e.g. {@code tile-file-application}. */
    static String tileId(Journey journey) {
        return "tile-" + journey.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
