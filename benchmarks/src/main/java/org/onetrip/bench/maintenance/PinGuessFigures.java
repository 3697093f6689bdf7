package org.onetrip.bench.maintenance;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.onetrip.bench.Benchmark;
import org.onetrip.bench.Figure;
import org.onetrip.config.PinHash;

/**
 * `./onetrip bench --only pin-guess`: what one guess at a technician PIN costs whoever holds a
 * copy of kiosk.yaml, measured as one check of a wrong PIN against the hash, one core: the Argon2id
 * hash {@code ./onetrip config hash-pin} makes now, and the older PBKDF2 one it replaces. The time
 * to try every 6-digit PIN follows from it.
 */
public final class PinGuessFigures implements Benchmark {

    private static final int WARM_UP = 3;
    private static final int GUESSES = 15;
    private static final double SIX_DIGIT_PINS = 1_000_000;

    @Override
    public String name() {
        return "pin-guess";
    }

    @Override
    public String description() {
        return "One wrong guess checked against a technician PIN hash on one core: Argon2id as `config hash-pin` makes it ("
                + describe(PinHash.Argon2id.STANDARD) + ") against the older PBKDF2-SHA256 (210 000 iterations); "
                + GUESSES + " guesses after " + WARM_UP + " warm-up ones, the median.";
    }

    @Override
    public List<Figure> run() {
        char[] pin = "582013".toCharArray();
        PinHash argon2 = PinHash.create(pin, new SecureRandom());
        PinHash pbkdf2 = PinHash.Pbkdf2.derive(pin, "sixteen-byte-salt".getBytes(StandardCharsets.US_ASCII), 210_000);
        double argon2Ms = medianMillis(argon2);
        double pbkdf2Ms = medianMillis(pbkdf2);
        return List.of(
                new Figure("Argon2id guess, median", argon2Ms, "ms", describe(PinHash.Argon2id.STANDARD) + ", " + GUESSES + " guesses"),
                new Figure("PBKDF2 guess, median", pbkdf2Ms, "ms", "210 000 iterations, " + GUESSES + " guesses"),
                new Figure("every 6-digit PIN, Argon2id", SIX_DIGIT_PINS * argon2Ms / 3_600_000, "core-hours",
                        "10^6 guesses, " + PinHash.Argon2id.STANDARD.memoryKib() / 1024 + " MiB each"),
                new Figure("every 6-digit PIN, PBKDF2", SIX_DIGIT_PINS * pbkdf2Ms / 3_600_000, "core-hours", "10^6 guesses"),
                new Figure("cost ratio Argon2id / PBKDF2", argon2Ms / pbkdf2Ms, "x", "per guess, on this machine"));
    }

    private static double medianMillis(PinHash hash) {
        for (int i = 0; i < WARM_UP; i++) {
            guess(hash, i);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            long start = System.nanoTime();
            guess(hash, WARM_UP + i);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return nanos.get(nanos.size() / 2) / 1e6;
    }

    private static void guess(PinHash hash, int n) {
        if (hash.matches(String.format("%06d", n).toCharArray())) {
            throw new IllegalStateException("a wrong guess matched");
        }
    }

    private static String describe(PinHash.Argon2Cost cost) {
        return "m=" + cost.memoryKib() + " KiB, t=" + cost.passes() + ", p=" + cost.lanes();
    }
}
