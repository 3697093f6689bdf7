package org.onetrip.bench.screens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, in milliseconds. */
record Timings(List<Double> millis) {

    Timings {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        millis = List.copyOf(sorted);
    }

    static Timings of(List<Duration> times) {
        return new Timings(times.stream().map(time -> time.toNanos() / 1e6).toList());
    }

    double median() {
        int n = millis.size();
        return n % 2 == 1 ? millis.get(n / 2) : (millis.get(n / 2 - 1) + millis.get(n / 2)) / 2;
    }

    double max() {
        return millis.get(millis.size() - 1);
    }

    int count() {
        return millis.size();
    }
}
