package org.onetrip.devices.scanner;

/** Where the scanner takes paper from. */
public enum ScanSource {
    /** The glass: one sheet per job, placed by hand. */
    PLATEN,
    /** The automatic document feeder: pages until the feeder is empty. */
    FEEDER
}
