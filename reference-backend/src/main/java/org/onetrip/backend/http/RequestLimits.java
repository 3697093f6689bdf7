package org.onetrip.backend.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the backend accepts from one client before it refuses, so that no client, however
 * slow or hostile, can take the memory or the threads others need. Every default is in
 * {@link #defaults()}.
 *
 * @param idleTimeout     a connection that sends nothing for this long is closed, also in the
 *                        middle of a request (default 30 s)
 * @param headerBytes     request line and headers together, at most (default 16 KiB; more is a 431)
 * @param maxConnections  open connections at most; more wait in the listen queue (default 512)
 * @param workerThreads   threads that run handlers; waiting for a slow client's bytes holds none
 *                        (default 32)
 * @param jsonBodyBytes   largest body of a {@link Payload#JSON} route, checked before and while
 *                        reading (default 1 MiB; more is a 413)
 * @param fileBodyBytes   largest material file, streamed to disk (default 64 MiB; more is a 413)
 * @param jsonDepth       deepest nesting of arrays and objects in a JSON body (default 64)
 * @param jsonStringChars longest JSON string value, in characters (default 65,536)
 * @param jsonNumberChars longest JSON number, in characters (default 100)
 * @param jsonNameChars   longest JSON field name, in characters (default 256)
 */
public record RequestLimits(
        Duration idleTimeout,
        int headerBytes,
        int maxConnections,
        int workerThreads,
        int jsonBodyBytes,
        long fileBodyBytes,
        int jsonDepth,
        int jsonStringChars,
        int jsonNumberChars,
        int jsonNameChars) {

    public RequestLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        atLeast("headerBytes", headerBytes, 1024);
        atLeast("maxConnections", maxConnections, 8);
        atLeast("workerThreads", workerThreads, 8);
        atLeast("jsonBodyBytes", jsonBodyBytes, 1024);
        atLeast("fileBodyBytes", fileBodyBytes, 1024);
        atLeast("jsonDepth", jsonDepth, 8);
        atLeast("jsonStringChars", jsonStringChars, 256);
        atLeast("jsonNumberChars", jsonNumberChars, 32);
        atLeast("jsonNameChars", jsonNameChars, 32);
    }

    public static RequestLimits defaults() {
        return new RequestLimits(Duration.ofSeconds(30), 16 * 1024, 512, 32, 1024 * 1024, 64L * 1024 * 1024,
                64, 65_536, 100, 256);
    }

    public RequestLimits withIdleTimeout(Duration timeout) {
        return new RequestLimits(timeout, headerBytes, maxConnections, workerThreads, jsonBodyBytes, fileBodyBytes,
                jsonDepth, jsonStringChars, jsonNumberChars, jsonNameChars);
    }

    /** The limit of a route's body, in bytes. */
    public long bodyBytes(Payload payload) {
        return payload == Payload.FILE ? fileBodyBytes : jsonBodyBytes;
    }

    private static void atLeast(String name, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
    }
}
