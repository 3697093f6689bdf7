package org.onetrip.devices.idcard.pcsc;

import org.onetrip.devices.DeviceException;

/** A card answered a command with an error status word. The message holds both in hex. */
public class CardCommandException extends DeviceException {
    private final StatusWord statusWord;
    private final int sw;

    public CardCommandException(String step, CommandApdu command, ResponseApdu response) {
        super(String.format("%s failed: %04X %s; command %s, response %s", step, response.sw(),
                response.statusWord().meaning(), command.hex(), response.hex()));
        this.statusWord = response.statusWord();
        this.sw = response.sw();
    }

    public StatusWord statusWord() {
        return statusWord;
    }

    public int sw() {
        return sw;
    }
}
