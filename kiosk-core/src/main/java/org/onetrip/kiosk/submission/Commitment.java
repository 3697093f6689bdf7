package org.onetrip.kiosk.submission;

import java.time.Instant;
import java.util.Objects;

/** The commitment the applicant signed on the kiosk for a promised material (告知承诺). */
public record Commitment(String materialCode, String text, Instant signedAt) {

    public Commitment {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(signedAt, "signedAt");
        if (text.isBlank()) {
            throw new IllegalArgumentException("commitment for " + materialCode + " has no text");
        }
    }
}
