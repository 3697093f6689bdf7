package org.onetrip.backend.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One token bucket per key, all with the same {@link Rate}: a key may call when its bucket holds
 * a whole token. Buckets that have filled up again are forgotten once there are more than
 * {@code maxKeys}, so a flood of new keys cannot grow the map without bound (a full bucket and
 * no bucket mean the same).
 *
 * <p>Not thread-safe: its owner serialises calls.
 */
final class TokenBuckets<K> {

    private final Rate rate;
    private final int maxKeys;
    private final Map<K, Bucket> buckets = new HashMap<>();

    TokenBuckets(Rate rate, int maxKeys) {
        this.rate = rate;
        this.maxKeys = maxKeys;
    }

    /** How long until {@code key} may call; zero when it may now. Takes nothing. */
    Duration waitFor(K key, Instant now) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        double tokens = bucket.tokensAt(now, rate);
        if (tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * rate.perCall().toNanos()));
    }

    /** Takes one token of {@code key}'s; call only after {@link #waitFor} said zero. */
    void take(K key, Instant now) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                forgetFull(now);
            }
            bucket = new Bucket(rate.calls(), now);
            buckets.put(key, bucket);
        }
        bucket.tokens = bucket.tokensAt(now, rate) - 1;
        bucket.at = now;
    }

    /** Keys with a bucket that is not full. */
    int size() {
        return buckets.size();
    }

    private void forgetFull(Instant now) {
        buckets.values().removeIf(bucket -> bucket.tokensAt(now, rate) >= rate.calls());
    }

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }

        double tokensAt(Instant now, Rate rate) {
            if (!now.isAfter(at)) {
                return tokens;
            }
            double refilled = (double) Duration.between(at, now).toNanos() / rate.perCall().toNanos();
            return Math.min(rate.calls(), tokens + refilled);
        }
    }
}
