package org.onetrip.backend.store;

import java.time.Instant;

/** A material file received in full and checked against the manifest. */
public record ReceivedFile(String fileName, String sha256, long size, Instant receivedAt) {
}
