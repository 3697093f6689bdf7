package org.onetrip.config.devices;

import java.util.Objects;

/**
 * One device of the kiosk.
 *
 * @param role       what it does; the kiosk has at most one device per role
 * @param connection how to reach it; its kind must be one the role allows
 * @param options    role settings; the record type must match the role
 */
public record DeviceSettings(DeviceRole role, DeviceConnection connection, RoleOptions options) {

    public DeviceSettings {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        if (!role.kinds().contains(connection.kind())) {
            throw new IllegalArgumentException("a " + role.configName() + " cannot be of kind " + connection.kind().configName());
        }
        boolean matches = switch (role) {
            case ID_CARD_READER -> options instanceof RoleOptions.IdCardReaderOptions;
            case RECEIPT_PRINTER -> options instanceof RoleOptions.ReceiptPrinterOptions;
            case CERTIFICATE_PRINTER -> options instanceof RoleOptions.CertificatePrinterOptions;
            case SCANNER -> options instanceof RoleOptions.ScannerOptions;
        };
        if (!matches) {
            throw new IllegalArgumentException(options.getClass().getSimpleName() + " do not fit a " + role.configName());
        }
    }
}
