package org.onetrip.devices.receipt.escpos;

/** The four real-time status requests, {@code DLE EOT n}. */
public enum StatusRequest {
    PRINTER(1),
    OFFLINE_CAUSE(2),
    ERROR_CAUSE(3),
    ROLL_PAPER(4);

    private final int n;

    StatusRequest(int n) {
        this.n = n;
    }

    public int n() {
        return n;
    }

    public static StatusRequest of(int n) {
        for (StatusRequest r : values()) {
            if (r.n == n) {
                return r;
            }
        }
        throw new IllegalArgumentException("DLE EOT n must be 1..4, was " + n);
    }
}
