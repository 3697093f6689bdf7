package org.onetrip.bench.screens;

import java.nio.file.Path;
import java.util.Optional;
import org.onetrip.day.BackendMode;
import org.onetrip.day.Day;
import org.onetrip.day.DayOptions;
import org.onetrip.day.DaySummary;

/**
 * The soak's child JVM: one long day at the demo kiosk ({@code ./onetrip day}), printing the heap
 * after a full collection, the heap once softly held caches went ({@link org.onetrip.day.Vitals})
 * and the live threads every {@value #SAMPLE_EVERY} sessions, then the day's totals, as
 * tab-separated result lines for {@link SoakFigures}.
 *
 * <p>Arguments: configuration directory, sessions, seed, and optionally sessions between samples
 * (default {@value #SAMPLE_EVERY}).
 */
public final class SoakDay {

    static final int SAMPLE_EVERY = 100;

    private SoakDay() {
    }

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            soak(args);
            status = 0;
        } finally {
            // the FX thread would keep the JVM alive after a failure
            System.exit(status);
        }
    }

    private static void soak(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        int sessions = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int sampleEvery = args.length > 3 ? Integer.parseInt(args[3]) : SAMPLE_EVERY;
        DaySummary summary = new Day(new DayOptions(sessions, seed, Optional.empty(), BackendMode.ONLINE,
                config, true), violation -> {
                    System.out.println("violation\t" + violation.toJson());
                }, sampleEvery, sample -> System.out.println(String.join("\t", HeadlessFxJvm.RESULT, "sample",
                        String.valueOf(sample.sessionsDone()), String.valueOf(sample.vitals().heapAfterGcMb()),
                        String.valueOf(sample.vitals().threads()), String.valueOf(sample.elapsed().toMillis()),
                        String.valueOf(sample.vitals().heapAfterCachesGoMb())))).run();
        System.out.println(String.join("\t", HeadlessFxJvm.RESULT, "day", String.valueOf(summary.sessions()),
                String.valueOf(summary.steps()), String.valueOf(summary.violations()),
                String.valueOf(summary.took().toMillis()), String.valueOf(summary.heapAfterGcMb()[0]),
                String.valueOf(summary.threads()[0])));
    }
}
