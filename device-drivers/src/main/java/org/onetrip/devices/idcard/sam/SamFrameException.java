package org.onetrip.devices.idcard.sam;

import org.onetrip.devices.DeviceException;

/** A frame on the reader line is malformed. The only exception the SAM codec throws. */
public class SamFrameException extends DeviceException {
    private final FrameFault fault;

    public SamFrameException(FrameFault fault, String detail) {
        super(fault.meaning() + ": " + detail);
        this.fault = fault;
    }

    public FrameFault fault() {
        return fault;
    }
}
