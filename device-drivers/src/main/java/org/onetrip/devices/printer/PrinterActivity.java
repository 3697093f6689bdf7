package org.onetrip.devices.printer;

/** What a printer says it is doing (IPP printer-state; javax.print PrinterState). */
public enum PrinterActivity {
    IDLE,
    PROCESSING,
    STOPPED,
    UNKNOWN
}
