package org.onetrip.devices.idcard.sam;

/**
 * A frame from host to reader.
 *
 * @param command   command byte
 * @param parameter parameter byte
 * @param data      extra data after the parameter; usually empty
 */
public record SamRequest(int command, int parameter, byte[] data) {
    public SamRequest {
        if (command < 0 || command > 0xFF || parameter < 0 || parameter > 0xFF) {
            throw new IllegalArgumentException("command and parameter must be bytes 0..255");
        }
        data = data.clone();
    }

    public static SamRequest of(SamCommand command) {
        return new SamRequest(command.code(), command.parameter(), new byte[0]);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String toString() {
        return String.format("SamRequest[%02X %02X, %d data bytes]", command, parameter, data.length);
    }
}
