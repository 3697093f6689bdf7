package org.onetrip.config.catalog;

import java.math.BigDecimal;

/** A matter's fee in fen (1 yuan = 100 fen), written in YAML in yuan, e.g. {@code 12.50}; 0 = free. */
public record Fee(long fen) {

    public static final Fee FREE = new Fee(0);
    public static final long MAX_FEN = 10_000_000;

    public Fee {
        if (fen < 0 || fen > MAX_FEN) {
            throw new IllegalArgumentException("fee must be from 0 to 100000.00 yuan, got " + fen + " fen");
        }
    }

    /** Parses yuan with at most two decimals, e.g. {@code 5}, {@code 12.5}, {@code 0.80}. */
    public static Fee ofYuan(String yuan) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(yuan.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount in yuan: " + yuan, e);
        }
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("at most two decimals (fen), got " + yuan);
        }
        return new Fee(amount.movePointRight(2).longValueExact());
    }

    public boolean isFree() {
        return fen == 0;
    }

    /** The amount in yuan, always with two decimals. */
    public BigDecimal yuan() {
        return BigDecimal.valueOf(fen, 2);
    }
}
