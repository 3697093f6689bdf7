package org.onetrip.backend.fault;

/**
 * The ways the backend can be told to misbehave for one request.
 *
 * <p>{@link #FAIL}, {@link #ERROR_500} and {@link #SLOW} act before the request is handled
 * (nothing is stored by a failed call). {@link #RESET}, {@link #TRUNCATED_BODY} and
 * {@link #WRONG_CONTENT_TYPE} act after it was handled: the work is done and stored, only the
 * answer is lost or garbled, which is exactly the case a client's idempotent retry must cover.
 * {@link #CRASH} goes further: the work is committed, then the whole backend process stops without
 * answering, as a crash or a power cut between its commit and its answer would stop it.
 */
public enum FaultMode {
    /** Answer 503 with a retryable error body, without handling the request. */
    FAIL,
    /** Answer 500 with a retryable error body, without handling the request. */
    ERROR_500,
    /** Wait for the rule's delay, then handle the request normally. */
    SLOW,
    /** Handle the request, then close the connection without sending any response. */
    RESET,
    /** Handle the request, then send only the first half of the JSON body. */
    TRUNCATED_BODY,
    /** Handle the request, then answer 200 with an HTML page instead of JSON. */
    WRONG_CONTENT_TYPE,
    /**
     * Handle the request (its work is committed), then stop the backend's process at once with exit
     * status {@link #CRASH_EXIT_STATUS}, without answering and without any shutdown: for a backend run
     * as a process of its own, which its operator starts again on the same data.
     */
    CRASH;

    /** The exit status of a backend process stopped by a {@link #CRASH} fault. */
    public static final int CRASH_EXIT_STATUS = 86;
}
