package org.onetrip.devices.printer.ipp;

/** The IPP operations this driver sends (RFC 8011 section 5.4.15). */
public enum IppOperation {
    PRINT_JOB(0x0002),
    VALIDATE_JOB(0x0004),
    CANCEL_JOB(0x0008),
    GET_JOB_ATTRIBUTES(0x0009),
    GET_JOBS(0x000A),
    GET_PRINTER_ATTRIBUTES(0x000B);

    private final int code;

    IppOperation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
