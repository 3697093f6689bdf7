package org.onetrip.backend.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults currently in force. Rules are tried in order; the first whose prefix covers the
 * path and whose dice roll hits decides the request. The dice are a seeded {@link Random}, so a
 * test that sets the same seed and sends the same requests sees the same faults.
 *
 * <p>Thread-safe: rules may be changed while requests are being served.
 */
public final class FaultInjector {

    private final List<FaultRule> rules = new ArrayList<>();
    private Random dice;

    public FaultInjector(long seed) {
        this.dice = new Random(seed);
    }

    /** Replaces all rules and reseeds the dice. */
    public synchronized void set(List<FaultRule> newRules, long seed) {
        rules.clear();
        rules.addAll(newRules);
        dice = new Random(seed);
    }

    public synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    public synchronized void clear() {
        rules.clear();
    }

    public synchronized List<FaultRule> rules() {
        return List.copyOf(rules);
    }

    /** The fault to apply to a request for {@code path}, if any. */
    public synchronized Optional<FaultRule> decide(String path) {
        for (FaultRule rule : rules) {
            if (rule.covers(path) && (rule.probability() >= 1.0 || dice.nextDouble() < rule.probability())) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
