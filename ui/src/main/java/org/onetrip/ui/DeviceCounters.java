package org.onetrip.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A device's counters as a technician reads them: each counter's name in the screen's words and
 * its unit, in a fixed order, instead of the drivers' own names. A counter the kiosk has no words
 * for yet is listed last under "other", never dropped.
 */
final class DeviceCounters {

    /** One line of the table: what is counted, how many, in what. */
    record Row(String nameKey, Optional<String> rawName, long value, String unitKey) {
    }

    /** The drivers' counters, in the order a technician reads them, each with its unit. */
    static final Map<String, String> UNITS = orderedUnits();

    private DeviceCounters() {
    }

    static List<Row> rows(Map<String, Long> counters) {
        List<Row> known = UNITS.entrySet().stream().filter(unit -> counters.containsKey(unit.getKey()))
                .map(unit -> new Row("maintenance.counter." + unit.getKey(), Optional.empty(),
                        counters.get(unit.getKey()), "maintenance.unit." + unit.getValue()))
                .toList();
        List<Row> other = counters.entrySet().stream().filter(counter -> !UNITS.containsKey(counter.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(counter -> new Row("maintenance.counter.other", Optional.of(counter.getKey()), counter.getValue(),
                        "maintenance.unit.times"))
                .toList();
        return java.util.stream.Stream.concat(known.stream(), other.stream()).toList();
    }

    private static Map<String, String> orderedUnits() {
        java.util.LinkedHashMap<String, String> units = new java.util.LinkedHashMap<>();
        units.put("cardsRead", "cards");
        units.put("cardsNotIdentified", "cards");
        units.put("cardErrors", "times");
        units.put("cardsLeftDuringRead", "times");
        units.put("cardsSwappedDuringRead", "times");
        units.put("receiptsPrinted", "receipts");
        units.put("linesPrinted", "lines");
        units.put("cuts", "times");
        units.put("reprints", "times");
        units.put("jobsSubmitted", "jobs");
        units.put("jobsStarted", "jobs");
        units.put("jobsCompleted", "jobs");
        units.put("jobsTimedOut", "jobs");
        units.put("jobsUnconfirmed", "jobs");
        units.put("leftJobsCancelled", "jobs");
        units.put("requeued", "jobs");
        units.put("pagesScanned", "pages");
        units.put("bytesSent", "bytes");
        units.put("bytesReceived", "bytes");
        units.put("frameErrors", "times");
        units.put("timeouts", "times");
        units.put("pollFailures", "times");
        units.put("disconnects", "times");
        units.put("reconnects", "times");
        units.put("portLost", "times");
        return java.util.Collections.unmodifiableMap(units);
    }
}
