package org.onetrip.kiosk.outbox;

/**
 * A filing changed in the outbox: filed, being handed over, an attempt failed, acknowledged or rejected.
 *
 * @param submissionId the filing
 * @param state        its state now
 * @param attempts     failed attempts so far
 * @param detail       the failure reason, acceptance number or rejection code; empty otherwise
 */
public record OutboxEvent(String submissionId, OutboxState state, int attempts, String detail) {
}
