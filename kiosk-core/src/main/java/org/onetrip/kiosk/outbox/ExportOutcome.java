package org.onetrip.kiosk.outbox;

import java.nio.file.Path;
import java.util.Objects;

/** What exporting a set-aside filing to a file ({@link FilingExport}) came to. */
public sealed interface ExportOutcome {

    /**
     * The filing is in {@code file}, sealed as the kiosk keeps it.
     *
     * @param file  the file written, e.g. {@code /media/onetrip-usb/onetrip-filing-SZ-NS-0001-20261121-0007.zip}
     * @param bytes its size
     */
    record Written(Path file, long bytes) implements ExportOutcome {
        public Written {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Nothing was written under the file's name.
     *
     * @param reason  why
     * @param message one line for the technician
     */
    record Failed(Reason reason, String message) implements ExportOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why an export failed. */
    enum Reason {
        /** No filing has that submission id or tracking number. */
        UNKNOWN_FILING,
        /** The filing is not set aside: only a set-aside filing is carried by hand. */
        NOT_SET_ASIDE,
        /** The folder does not exist (drive not mounted). */
        NO_DRIVE,
        /** The folder cannot be written (read-only drive, permissions). */
        NOT_WRITABLE,
        /** The kiosk's own copy of the sealed package is incomplete. */
        PACKAGE_DAMAGED,
        /** Writing stopped part-way (drive full or pulled). */
        WRITE_FAILED
    }
}
