package org.onetrip.devices.receipt;

import java.util.Objects;

import org.onetrip.devices.DeviceText;

/**
 * What the printer says it is (ESC/POS {@code GS I}); "unknown" where it does not answer. Both
 * texts are kept as {@link DeviceText#printable}, so a model string with escape bytes reaches
 * no log, screen or test page raw.
 *
 * @param model    model name
 * @param firmware firmware version
 */
public record PrinterIdentity(String model, String firmware) {
    public PrinterIdentity {
        model = DeviceText.printable(Objects.requireNonNull(model, "model"));
        firmware = DeviceText.printable(Objects.requireNonNull(firmware, "firmware"));
    }

    public static final PrinterIdentity UNKNOWN = new PrinterIdentity("unknown", "unknown");
}
