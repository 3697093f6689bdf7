package org.onetrip.config.load;

/**
 * Thrown by a scalar parser when the value does not fit and the expectation already says everything
 * ("expected a whole number from 1 to 65535, got 'abc'"), so no further detail is shown.
 */
final class Rejected extends IllegalArgumentException {

    Rejected(String value) {
        super(value);
    }
}
