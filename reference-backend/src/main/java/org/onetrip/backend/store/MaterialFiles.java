package org.onetrip.backend.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Received material files under {@code <data>/files/<submissionId>/<fileName>}. A file arrives
 * under a temporary name, is forced to disk and then renamed, so a crash never leaves a
 * half-written file under its real name.
 */
public final class MaterialFiles {

    private final Path root;

    public MaterialFiles(Path dataDir) {
        this.root = dataDir.resolve("files");
    }

    /**
     * Stores a file that was streamed to disk elsewhere on the same file system: forces it to
     * disk, then renames it into place; callers have checked that both names are single safe
     * path segments.
     */
    public void moveIn(String submissionId, String fileName, Path received) {
        Path dir = root.resolve(submissionId);
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(received, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(received, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot store a material file of submission " + submissionId, e);
        }
    }

    /**
     * Stores a file opened from what was received: written over the request's own spool file, then moved
     * into place as {@link #moveIn} does.
     */
    public void write(String submissionId, String fileName, byte[] content, Path spoolFile) {
        try {
            Files.write(spoolFile, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("cannot store a material file of submission " + submissionId, e);
        }
        moveIn(submissionId, fileName, spoolFile);
    }

    public byte[] read(String submissionId, String fileName) {
        try {
            return Files.readAllBytes(root.resolve(submissionId).resolve(fileName));
        } catch (IOException e) {
            throw new StoreException("cannot read a material file of submission " + submissionId, e);
        }
    }
}
