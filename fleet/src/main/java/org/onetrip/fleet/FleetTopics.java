package org.onetrip.fleet;

import java.util.Optional;

/**
 * The fleet's topics, all under {@code onetrip/v1/} (docs/fleet.md):
 * <ul>
 *   <li>{@code onetrip/v1/{region}/{hall}/{kiosk}/presence}: retained birth ({@code online: true}),
 *       replaced by the last will ({@code online: false}) when the kiosk's connection drops;</li>
 *   <li>{@code .../status}: retained, on every change and every minute;</li>
 *   <li>{@code .../events}: QoS 1, not retained;</li>
 *   <li>{@code .../commands}: signed commands to the kiosk, QoS 1;</li>
 *   <li>{@code onetrip/v1/operators/{client}/replies}: acknowledgements, by MQTT 5 response topic.</li>
 * </ul>
 */
public final class FleetTopics {

    public static final String ROOT = "onetrip/v1";
    public static final String PRESENCE = "presence";
    public static final String STATUS = "status";
    public static final String EVENTS = "events";
    public static final String COMMANDS = "commands";

    private FleetTopics() {
    }

    public static String of(KioskPlace place, String leaf) {
        return ROOT + "/" + place.region() + "/" + place.hall() + "/" + place.kiosk() + "/" + leaf;
    }

    /** Every kiosk's {@code leaf} topic, optionally only of one region. */
    public static String everyKiosk(String leaf, Optional<String> region) {
        return ROOT + "/" + region.orElse("+") + "/+/+/" + leaf;
    }

    /** Where an operator's client receives its acknowledgements. */
    public static String replies(String client) {
        return ROOT + "/operators/" + client + "/replies";
    }

    /** The kiosk and leaf a kiosk topic names; empty for any other topic. */
    public static Optional<Addressed> parse(String topic) {
        String[] levels = topic.split("/", -1);
        if (levels.length != 6 || !topic.startsWith(ROOT + "/") || levels[2].equals("operators")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Addressed(new KioskPlace(levels[2], levels[3], levels[4]), levels[5]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A kiosk topic taken apart. */
    public record Addressed(KioskPlace place, String leaf) {
    }
}
