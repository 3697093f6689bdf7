package org.onetrip.kiosk.outbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A set-aside filing in the technician's words, for {@code ./onetrip diag}, {@code ./onetrip outbox}
 * and the audit journal: tracking number, submission id, why, attempts, first and last try, the last
 * error and when it was exported. No personal data: the masked name and ID number are left out too.
 */
public final class SetAsideReport {

    private SetAsideReport() {
    }

    /** E.g. {@code filing SZ-NS-0001-20261121-0007 (REFUSED_AS_SENT after 3 attempts)}. */
    public static String summary(OutboxEntry entry) {
        return "filing " + entry.trackingNumber() + " (" + entry.setAside().map(a -> a.cause().name())
                .orElse(entry.state().name()) + " after " + entry.attempts() + " attempts)";
    }

    /** One line of {@code key=value} pairs. */
    public static String line(OutboxEntry entry) {
        StringBuilder line = new StringBuilder("set-aside");
        facts(entry).forEach((key, value) -> {
            String text = String.valueOf(value);
            line.append(' ').append(key).append('=').append(text.contains(" ") ? "\"" + text + "\"" : text);
        });
        return line.toString();
    }

    /** The same facts by name, in order, for JSON. */
    public static Map<String, Object> facts(OutboxEntry entry) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("tracking", entry.trackingNumber());
        facts.put("submission", entry.submissionId());
        facts.put("cause", entry.setAside().map(a -> a.cause().name()).orElse("-"));
        facts.put("attempts", entry.attempts());
        facts.put("firstTry", time(entry.tries().first()));
        facts.put("lastTry", time(entry.tries().last()));
        facts.put("setAsideAt", time(entry.finishedAt()));
        facts.put("lastError", entry.lastError().orElse("-"));
        facts.put("exportedAt", time(entry.setAside().flatMap(OutboxEntry.SetAside::exportedAt)));
        return facts;
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("-");
    }
}
