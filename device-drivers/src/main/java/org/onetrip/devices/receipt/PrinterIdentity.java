package org.onetrip.devices.receipt;

/**
 * What the printer says it is (ESC/POS {@code GS I}); "unknown" where it does not answer.
 *
 * @param model    model name
 * @param firmware firmware version
 */
public record PrinterIdentity(String model, String firmware) {
    public static final PrinterIdentity UNKNOWN = new PrinterIdentity("unknown", "unknown");
}
