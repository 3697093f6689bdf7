package org.onetrip.kiosk.maintenance;

import java.nio.file.Path;
import java.util.Objects;

/** What exporting the logs to a removable drive came to. */
public sealed interface LogExport {

    /**
     * The logs are on the drive.
     *
     * @param folder the folder made for them on the drive
     * @param files  how many log files were written
     * @param lines  how many lines, all masked
     */
    record Exported(Path folder, int files, long lines) implements LogExport {
        public Exported {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * Nothing usable was written.
     *
     * @param reason  why
     * @param message one line for the technician
     */
    record Failed(Reason reason, String message) implements LogExport {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Why an export failed. */
    enum Reason {
        /** The drive's folder does not exist (drive not mounted). */
        NO_DRIVE,
        /** The folder cannot be written (read-only drive, permissions). */
        NOT_WRITABLE,
        /** Writing stopped part-way (drive full or pulled). */
        WRITE_FAILED
    }
}
