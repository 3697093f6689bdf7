package org.onetrip.kiosk.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes the disk under a directory can still take. */
@FunctionalInterface
public interface FreeSpaceProbe {

    /** Usable bytes for the kiosk user on the file store holding {@code directory}. */
    long usableBytes(Path directory) throws IOException;

    /** The file store's own figure. */
    static FreeSpaceProbe fileStore() {
        return directory -> Files.getFileStore(directory).getUsableSpace();
    }
}
