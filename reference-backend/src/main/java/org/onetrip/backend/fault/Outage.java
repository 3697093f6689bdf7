package org.onetrip.backend.fault;

import java.time.Duration;

/** Takes the whole backend off the network for a while: connections are refused, data is kept. */
@FunctionalInterface
public interface Outage {

    /** Stops accepting connections now (after the current answers are sent) and resumes after {@code duration}. */
    void goDownFor(Duration duration);
}
