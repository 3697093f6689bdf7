package org.onetrip.day;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the day went.
 *
 * @param sessions        citizen sessions driven
 * @param steps           steps taken, each followed by the checks
 * @param violations      broken promises found
 * @param heapAfterGcMb   heap in use after a full collection, MiB, at the first and last sample
 * @param threads         live threads at the first and last sample
 * @param took            wall time of the whole day
 * @param setAside        tracking numbers of printed receipts whose filings the outbox set aside for the
 *                        technician at the end of the day, each with why: not lost, but not delivered either
 */
public record DaySummary(int sessions, long steps, int violations, long[] heapAfterGcMb, int[] threads,
                         Duration took, List<String> setAside) {

    public DaySummary {
        setAside = List.copyOf(setAside);
    }

    /**
     * {@code {"sessions":..,"steps":..,"violations":..,"heapAfterGcMb":[first,last],"threads":[first,last],
     * "setAside":[..]}}
     */
    public String toJson() {
        return "{\"sessions\":" + sessions + ",\"steps\":" + steps + ",\"violations\":" + violations
                + ",\"heapAfterGcMb\":[" + heapAfterGcMb[0] + "," + heapAfterGcMb[1] + "],\"threads\":["
                + threads[0] + "," + threads[1] + "],\"setAside\":["
                + setAside.stream().map(JsonText::quote).collect(Collectors.joining(",")) + "]}";
    }

    /** The same in a sentence. */
    public String inWords() {
        return sessions + " session(s), " + steps + " step(s) in " + took.toSeconds() + " s: "
                + (violations == 0 ? "no promise broken" : violations + " violation(s)")
                + "; heap after a full collection " + heapAfterGcMb[0] + " MiB then " + heapAfterGcMb[1]
                + " MiB; live threads " + threads[0] + " then " + threads[1] + "."
                + (setAside.isEmpty() ? "" : " " + setAside.size() + " filing(s) set aside for the technician,"
                        + " not delivered: " + String.join("; ", setAside) + ".");
    }
}
