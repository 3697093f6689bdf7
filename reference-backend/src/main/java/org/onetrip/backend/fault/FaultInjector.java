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

    /** The most rules in force at once. */
    public static final int MOST_RULES = 32;

    private final List<FaultRule> rules = new ArrayList<>();
    private Random dice;

    public FaultInjector(long seed) {
        this.dice = new Random(seed);
    }

    /** Replaces all rules (at most {@link #MOST_RULES}) and reseeds the dice. */
    public synchronized void set(List<FaultRule> newRules, long seed) {
        if (newRules.size() > MOST_RULES) {
            throw new IllegalArgumentException("at most " + MOST_RULES + " fault rules, was " + newRules.size());
        }
        rules.clear();
        rules.addAll(newRules);
        dice = new Random(seed);
    }

    /** Adds a rule after the others; at most {@link #MOST_RULES} in all. */
    public synchronized void add(FaultRule rule) {
        if (rules.size() >= MOST_RULES) {
            throw new IllegalArgumentException("at most " + MOST_RULES + " fault rules");
        }
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
