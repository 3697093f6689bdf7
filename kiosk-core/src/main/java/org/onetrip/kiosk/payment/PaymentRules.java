package org.onetrip.kiosk.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules real payment platforms set, as the kiosk follows them.
 *
 * @param pollEvery       how often a waiting order is queried: 3..5 s
 * @param codeResultWait  how long a payment-code payment may stay unknown before it is cancelled: 60 s
 * @param qrLifetime      how long an on-screen QR may be paid before its order is closed: 30 s..30 min
 * @param retryEvery      how soon a call that went unanswered is tried again (create, cancel, close): 1..60 s
 * @param createWithin    how long the kiosk tries to create an order before telling the citizen the
 *                        platform cannot be reached: 1..60 s
 * @param cancelTries     how many unanswered cancels the citizen's screen waits for before the
 *                        worker carries on alone: 1..10
 * @param holdLimit       how long a session may hold a paid order undelivered before the worker
 *                        takes it as abandoned: 1 min..1 h
 */
public record PaymentRules(Duration pollEvery, Duration codeResultWait, Duration qrLifetime, Duration retryEvery,
                           Duration createWithin, int cancelTries, Duration holdLimit) {

    public PaymentRules {
        within(pollEvery, Duration.ofSeconds(3), Duration.ofSeconds(5), "pollEvery");
        within(codeResultWait, Duration.ofSeconds(10), Duration.ofMinutes(5), "codeResultWait");
        within(qrLifetime, Duration.ofSeconds(30), Duration.ofMinutes(30), "qrLifetime");
        within(retryEvery, Duration.ofSeconds(1), Duration.ofSeconds(60), "retryEvery");
        within(createWithin, Duration.ofSeconds(1), Duration.ofSeconds(60), "createWithin");
        within(holdLimit, Duration.ofMinutes(1), Duration.ofHours(1), "holdLimit");
        if (cancelTries < 1 || cancelTries > 10) {
            throw new IllegalArgumentException("cancelTries must be 1..10, was " + cancelTries);
        }
    }

    /** Poll every 4 s, give a payment code 60 s, a QR 2 minutes; retry every 5 s, create within 10 s. */
    public static PaymentRules standard() {
        return new PaymentRules(Duration.ofSeconds(4), Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofSeconds(5), Duration.ofSeconds(10), 3, Duration.ofMinutes(15));
    }

    private static void within(Duration value, Duration least, Duration most, String name) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
            throw new IllegalArgumentException(name + " must be " + least + ".." + most + ", was " + value);
        }
    }
}
