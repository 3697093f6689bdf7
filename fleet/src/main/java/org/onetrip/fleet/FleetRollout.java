package org.onetrip.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A staged rollout of a configuration or catalog bundle: {@code apply-bundle VERSION} to a few
 * canary kiosks first, then to the rest in steps of a share of the fleet, each stage waiting for
 * every kiosk's acknowledgement. It halts by itself when, in a stage, the share of kiosks that
 * failed to apply it (or did not answer) is above the threshold; the kiosks that failed keep their
 * last good bundle, and {@link #rollBack} returns every kiosk to its last good one.
 * A kiosk with a citizen at it refuses (it applies nothing mid-session): that is counted as
 * deferred, not as an error.
 */
public final class FleetRollout {

    /** The version that names, to a kiosk, the last good bundle it kept. */
    public static final String LAST_GOOD = "last-good";

    private final FleetOperator operator;
    private final Duration ackWithin;
    private final Consumer<String> progress;

    public FleetRollout(FleetOperator operator, Duration ackWithin, Consumer<String> progress) {
        this.operator = operator;
        this.ackWithin = ackWithin;
        this.progress = progress;
    }

    /**
     * @param version      the bundle's version
     * @param canary       kiosks in the first stage, 1 or more
     * @param stepPercent  each later stage's share of the fleet, 1 to 100
     * @param haltPercent  the share of a stage's kiosks that may fail before the rollout halts, 0 to 100
     */
    public record Plan(String version, int canary, int stepPercent, int haltPercent) {
        public Plan {
            if (version == null || version.isBlank() || version.equals(LAST_GOOD)) {
                throw new IllegalArgumentException("a bundle version is needed (not '" + version + "')");
            }
            if (canary < 1) {
                throw new IllegalArgumentException("--canary must be 1 or more");
            }
            if (stepPercent < 1 || stepPercent > 100) {
                throw new IllegalArgumentException("--step must be 1 to 100 (percent of the fleet)");
            }
            if (haltPercent < 0 || haltPercent > 100) {
                throw new IllegalArgumentException("--halt-at must be 0 to 100 (percent of a stage)");
            }
        }
    }

    /** How a rollout ended. */
    public sealed interface Outcome {
        /** Every kiosk answered; {@code applied} run the bundle, {@code deferred} had a citizen at them. */
        record Completed(int applied, int deferred, int stages) implements Outcome {
        }

        /** Halted after a stage whose failures were above the threshold. */
        record Halted(int stage, List<String> failed, int stageSize, int applied) implements Outcome {
        }
    }

    /** The stages for {@code kiosks} kiosks: the canaries, then steps. */
    public static List<Integer> stages(int kiosks, Plan plan) {
        List<Integer> sizes = new ArrayList<>();
        int left = kiosks;
        int first = Math.min(plan.canary(), left);
        if (first > 0) {
            sizes.add(first);
            left -= first;
        }
        int step = Math.max(1, (int) Math.ceil(kiosks * plan.stepPercent() / 100.0));
        while (left > 0) {
            int size = Math.min(step, left);
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    /** Rolls the bundle out to {@code kiosks} (in this order: the first are the canaries). */
    public Outcome run(List<KioskPlace> kiosks, Plan plan) throws InterruptedException {
        List<Integer> sizes = stages(kiosks.size(), plan);
        int at = 0;
        int applied = 0;
        int deferred = 0;
        for (int stage = 0; stage < sizes.size(); stage++) {
            List<KioskPlace> these = kiosks.subList(at, at + sizes.get(stage));
            at += these.size();
            Map<KioskPlace, CommandReply> replies = send(these, plan.version());
            List<String> failed = new ArrayList<>();
            for (KioskPlace kiosk : these) {
                CommandReply reply = replies.get(kiosk);
                if (reply == null) {
                    failed.add(kiosk.kiosk() + " (no answer)");
                } else if (reply.done()) {
                    applied++;
                } else if ("REFUSED".equals(reply.outcome())) {
                    deferred++;
                } else {
                    failed.add(kiosk.kiosk() + " (" + reply.detail() + ")");
                }
            }
            String name = stage == 0 ? "canary" : "stage " + (stage + 1);
            progress.accept(name + ": " + these.size() + " kiosk(s), " + failed.size() + " failed; "
                    + applied + " of " + kiosks.size() + " run " + plan.version());
            if (failed.size() * 100 > plan.haltPercent() * these.size()) {
                return new Outcome.Halted(stage + 1, failed, these.size(), applied);
            }
        }
        return new Outcome.Completed(applied, deferred, sizes.size());
    }

    /** Returns every kiosk to its last good bundle; the acknowledgements, by kiosk. */
    public Map<KioskPlace, CommandReply> rollBack(List<KioskPlace> kiosks) throws InterruptedException {
        Map<KioskPlace, CommandReply> replies = send(kiosks, LAST_GOOD);
        progress.accept("rollback: " + replies.values().stream().filter(CommandReply::done).count() + " of "
                + kiosks.size() + " kiosk(s) back on their last good bundle");
        return replies;
    }

    private Map<KioskPlace, CommandReply> send(List<KioskPlace> kiosks, String version) throws InterruptedException {
        Map<KioskPlace, CompletableFuture<CommandReply>> sent = new java.util.LinkedHashMap<>();
        for (KioskPlace kiosk : kiosks) {
            sent.put(kiosk, operator.send(kiosk, CommandName.APPLY_BUNDLE, List.of(version)));
        }
        long until = System.nanoTime() + ackWithin.toNanos();
        Map<KioskPlace, CommandReply> replies = new java.util.LinkedHashMap<>();
        for (Map.Entry<KioskPlace, CompletableFuture<CommandReply>> each : sent.entrySet()) {
            try {
                replies.put(each.getKey(), each.getValue().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                each.getValue().cancel(false);
            }
        }
        return replies;
    }
}
