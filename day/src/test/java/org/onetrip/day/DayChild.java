package org.onetrip.day;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A day in a process of its own, for a test to cut its power: {@code <dataDirectory> <sessions> <seed>
 * <configDirectory>}, backend offline.
 */
public final class DayChild {

    private DayChild() {
    }

    public static void main(String[] args) throws Exception {
        new Day(new DayOptions(Integer.parseInt(args[1]), Long.parseLong(args[2]), Optional.of(Path.of(args[0])),
                BackendMode.OFFLINE, Path.of(args[3]), true,
                Set.of(DayOptions.FILE)), violation -> System.out.println(violation.toJson())).run();
        System.exit(0);
    }
}
