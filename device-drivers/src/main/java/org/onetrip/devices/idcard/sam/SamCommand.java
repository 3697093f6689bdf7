package org.onetrip.devices.idcard.sam;

import java.util.Optional;

/** The commands of the resident ID card reader's SAM interface: command byte and parameter byte. */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF),
    SAM_STATUS(0x11, 0xFF),
    READ_SAM_ID(0x12, 0xFF),
    FIND_CARD(0x20, 0x01),
    SELECT_CARD(0x20, 0x02),
    READ_BASE_INFO(0x30, 0x01);

    private final int code;
    private final int parameter;

    SamCommand(int code, int parameter) {
        this.code = code;
        this.parameter = parameter;
    }

    public int code() {
        return code;
    }

    public int parameter() {
        return parameter;
    }

    /** The command for a command and parameter byte, if this library knows it. */
    public static Optional<SamCommand> of(int code, int parameter) {
        for (SamCommand command : values()) {
            if (command.code == code && command.parameter == parameter) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
