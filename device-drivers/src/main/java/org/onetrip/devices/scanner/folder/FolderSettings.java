package org.onetrip.devices.scanner.folder;

import java.time.Duration;
import java.util.Objects;

/**
 * How the folder driver decides that a page has arrived.
 *
 * @param settle           a file counts as complete once its size and time stamp have not changed for this
 *                         long (devices write pages in pieces); 100 ms to 30 s
 * @param firstPageTimeout how long a job waits for its first page
 * @param nextPageTimeout  how long a feeder job waits for each further page before it counts as finished
 * @param resolutionDpi    what the device is set to; reported as its only resolution
 */
public record FolderSettings(Duration settle, Duration firstPageTimeout, Duration nextPageTimeout, int resolutionDpi) {
    public FolderSettings {
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(firstPageTimeout, "firstPageTimeout");
        Objects.requireNonNull(nextPageTimeout, "nextPageTimeout");
        if (settle.compareTo(Duration.ofMillis(100)) < 0 || settle.compareTo(Duration.ofSeconds(30)) > 0) {
            throw new IllegalArgumentException("settle must be 100 ms to 30 s, was " + settle);
        }
        if (firstPageTimeout.compareTo(settle) <= 0 || nextPageTimeout.compareTo(settle) <= 0) {
            throw new IllegalArgumentException("page timeouts must be longer than settle (" + settle + ")");
        }
        if (resolutionDpi < 75 || resolutionDpi > 1200) {
            throw new IllegalArgumentException("resolution must be 75 to 1200 dpi, was " + resolutionDpi);
        }
    }

    /** Settle 1 s, first page within 60 s, further pages within 15 s, 300 dpi. */
    public static FolderSettings defaults() {
        return new FolderSettings(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(15), 300);
    }
}
